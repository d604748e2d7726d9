# Installed files beyond the executables, and the packages CPack builds from them
# (packaging/README.md): a .deb on Linux, NSIS on Windows, a DragNDrop .dmg on macOS.
# Included from the top CMakeLists after app/, so the targets exist. One version everywhere:
# PROJECT_VERSION is --version, About, the package version and the newest AppStream release.
include(GNUInstallDirs)

# Placeholders until the project has a public home: the .example domain cannot resolve.
set(MODELDECK_HOMEPAGE "https://modeldeck.example" CACHE STRING "Project homepage (package metadata)")
set(MODELDECK_MAINTAINER "ModelDeck maintainers <maintainers@users.noreply.b-seed-61d9bcaf.example>"
    CACHE STRING "Package maintainer")
# The date of the release PROJECT_VERSION names; change both together.
set(MODELDECK_RELEASE_DATE "2026-12-03")
set(MODELDECK_APP_ID "io.modeldeck.ModelDeck")

# packaging/vcpkg.json is the Windows route's dependency list; its version is this one too.
file(READ ${CMAKE_CURRENT_LIST_DIR}/vcpkg.json modeldeck_vcpkg_json)
string(JSON modeldeck_vcpkg_version GET "${modeldeck_vcpkg_json}" "version-string")
if(NOT modeldeck_vcpkg_version STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "packaging/vcpkg.json has version-string ${modeldeck_vcpkg_version}, "
        "the project is ${PROJECT_VERSION}: change them together")
endif()

set(modeldeck_pkg_dir ${CMAKE_CURRENT_LIST_DIR})
set(modeldeck_pkg_out ${CMAKE_BINARY_DIR}/packaging)
configure_file(${modeldeck_pkg_dir}/linux/${MODELDECK_APP_ID}.metainfo.xml.in
    ${modeldeck_pkg_out}/${MODELDECK_APP_ID}.metainfo.xml @ONLY)

if(UNIX AND NOT APPLE)
    install(FILES ${modeldeck_pkg_dir}/linux/modeldeck.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications RENAME ${MODELDECK_APP_ID}.desktop)
    install(FILES ${modeldeck_pkg_out}/${MODELDECK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 24 32 48 64 128 256)
        install(FILES ${modeldeck_pkg_dir}/icons/modeldeck-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME modeldeck.png)
    endforeach()
    install(FILES ${modeldeck_pkg_dir}/icons/modeldeck.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # Debian policy: man pages gzipped with -n (no name or time stamp, reproducible).
    find_program(GZIP_PROGRAM gzip REQUIRED)
    add_custom_command(OUTPUT ${modeldeck_pkg_out}/modeldeck-cli.1.gz
        COMMAND ${GZIP_PROGRAM} -9nc ${modeldeck_pkg_dir}/linux/modeldeck-cli.1
                > ${modeldeck_pkg_out}/modeldeck-cli.1.gz
        DEPENDS ${modeldeck_pkg_dir}/linux/modeldeck-cli.1 VERBATIM)
    add_custom_target(modeldeck_manpage ALL DEPENDS ${modeldeck_pkg_out}/modeldeck-cli.1.gz)
    install(FILES ${modeldeck_pkg_out}/modeldeck-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    # The demo's sample is embedded in the executables; the file is installed too, for the CLI
    # (modeldeck-cli import /usr/share/modeldeck/sample-data/RELIANCE_5min.csv).
    install(FILES ${CMAKE_SOURCE_DIR}/resources/sample-data/RELIANCE_5min.csv
        ${CMAKE_SOURCE_DIR}/resources/sample-data/LICENSE-RELIANCE_5min.txt
        DESTINATION ${CMAKE_INSTALL_DATADIR}/modeldeck/sample-data)
    install(FILES ${modeldeck_pkg_dir}/linux/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/modeldeck)
else()
    install(FILES ${CMAKE_SOURCE_DIR}/resources/sample-data/LICENSE-RELIANCE_5min.txt
        DESTINATION . RENAME LICENSE-sample-data.txt)
endif()

set(CPACK_PACKAGE_NAME modeldeck)
set(CPACK_PACKAGE_VENDOR "ModelDeck")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The .deb's extended description (CPack indents it).
set(CPACK_PACKAGE_DESCRIPTION "ModelDeck is a desktop workbench for analysts who train, track and use \
forecasting models on OHLCV market data, offline: CSV import and market-data download, LSTM, GRU, \
Transformer, MLP, linear and XGBoost models trained on the CPU and compared with a naive \
forecast, a training queue, a model registry with versions, predictions with calibrated \
intervals, drift alerts and A/B tests. modeldeck-cli offers the same features on the command \
line.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${MODELDECK_HOMEPAGE})
set(CPACK_PACKAGE_CONTACT ${MODELDECK_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY ModelDeck)
set(CPACK_PACKAGE_EXECUTABLES modeldeck ModelDeck)
set(CPACK_PACKAGE_ICON ${modeldeck_pkg_dir}/icons/modeldeck-256.png)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

# Debian 12 / Ubuntu 24.04. dpkg-shlibdeps turns the executables' libraries into Depends (Qt,
# LibTorch, QCoro, XGBoost, SQLite, …); what is loaded at run time rather than linked is added
# here: Qt's SQLite driver and platform plugins, and the OpenMP OpenBLAS LibTorch is built and
# tested with (packaging/install-deps-debian.sh installs the same one).
set(CPACK_DEBIAN_PACKAGE_NAME modeldeck)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libopenblas0-openmp | libopenblas0, tzdata")
# The Hindi translation needs a Devanagari font; the usual desktop fonts have none.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core | fonts-lohit-deva")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${MODELDECK_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${MODELDECK_HOMEPAGE})


if(WIN32)
    # Untested here (packaging/README.md): windeployqt copies Qt's DLLs and plugins next to
    # modeldeck.exe at install time; LibTorch's and XGBoost's DLLs come from their prefixes.
    set(CPACK_GENERATOR NSIS)
    find_program(WINDEPLOYQT windeployqt HINTS ${Qt6_DIR}/../../../bin)
    if(WINDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-translations
            --compiler-runtime \"\${CMAKE_INSTALL_PREFIX}/bin/modeldeck.exe\"
            \"\${CMAKE_INSTALL_PREFIX}/bin/modeldeck-cli.exe\" COMMAND_ERROR_IS_FATAL ANY)")
    else()
        message(WARNING "windeployqt not found: the NSIS installer will lack Qt's DLLs")
    endif()
    if(TORCH_INSTALL_PREFIX)
        file(GLOB modeldeck_torch_dlls ${TORCH_INSTALL_PREFIX}/lib/*.dll)
        install(FILES ${modeldeck_torch_dlls} DESTINATION bin)
    endif()
    install(CODE "file(GET_RUNTIME_DEPENDENCIES EXECUTABLES
            \"\${CMAKE_INSTALL_PREFIX}/bin/modeldeck-cli.exe\"
            RESOLVED_DEPENDENCIES_VAR deps PRE_EXCLUDE_REGEXES \"api-ms-.*\" \"ext-ms-.*\"
            POST_EXCLUDE_REGEXES \".*[Ss][Yy][Ss][Tt][Ee][Mm]32.*\"
            DIRECTORIES \"${TORCH_INSTALL_PREFIX}/lib\" \$ENV{PATH})
        file(INSTALL \${deps} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\")")
    set(CPACK_NSIS_DISPLAY_NAME "ModelDeck ${PROJECT_VERSION}")
    set(CPACK_NSIS_PACKAGE_NAME ModelDeck)
    set(CPACK_NSIS_URL_INFO_ABOUT ${MODELDECK_HOMEPAGE})
    set(CPACK_NSIS_CONTACT ${MODELDECK_MAINTAINER})
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\modeldeck.exe)
    set(CPACK_NSIS_MUI_ICON ${modeldeck_pkg_dir}/windows/modeldeck.ico)
    set(CPACK_NSIS_MUI_UNIICON ${modeldeck_pkg_dir}/windows/modeldeck.ico)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put modeldeck-cli on PATH
elseif(APPLE)
    # Untested here: macdeployqt bundles Qt's frameworks and plugins into ModelDeck.app before
    # the DragNDrop generator images it; LibTorch's dylibs are copied by -libpath.
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "ModelDeck ${PROJECT_VERSION}")
    set_target_properties(modeldeck PROPERTIES
        OUTPUT_NAME ModelDeck
        MACOSX_BUNDLE_BUNDLE_NAME ModelDeck
        MACOSX_BUNDLE_GUI_IDENTIFIER ${MODELDECK_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})
    find_program(MACDEPLOYQT macdeployqt HINTS ${Qt6_DIR}/../../../bin)
    if(MACDEPLOYQT)
        install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/ModelDeck.app\"
            -executable=\"\${CMAKE_INSTALL_PREFIX}/ModelDeck.app/Contents/MacOS/ModelDeck\"
            -libpath=\"${TORCH_INSTALL_PREFIX}/lib\" -always-overwrite COMMAND_ERROR_IS_FATAL ANY)")
    else()
        message(WARNING "macdeployqt not found: the .dmg will lack Qt's frameworks")
    endif()
else()
    set(CPACK_GENERATOR DEB)
endif()

include(CPack)
