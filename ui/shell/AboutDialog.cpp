#include "shell/AboutDialog.h"

#include "services/BuildInfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace modeldeck {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

QList<AboutDialog::Component> AboutDialog::components()
{
    using U = QUrl;
    return {
        { tr("Sample data (RELIANCE.NS, 5 min)"), QString(), QStringLiteral("MIT"),
          QStringLiteral(":/sample-data/LICENSE-RELIANCE_5min.txt"),
          U(QStringLiteral("https://opensource.org/license/mit")) },
        { QStringLiteral("Qt"), BuildInfo::qtRuntimeVersion(), QStringLiteral("LGPL-3.0-only"),
          QStringLiteral(":/licenses/qt.txt"),
          U(QStringLiteral("https://www.gnu.org/licenses/lgpl-3.0.html")) },
        { QStringLiteral("Qt Charts"), BuildInfo::qtRuntimeVersion(), QStringLiteral("GPL-3.0"),
          QStringLiteral(":/licenses/qtcharts.txt"),
          U(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")) },
        { QStringLiteral("LibTorch"), BuildInfo::torchVersion(), QStringLiteral("BSD-3-Clause"),
          QStringLiteral(":/licenses/libtorch.txt"),
          U(QStringLiteral("https://github.com/pytorch/pytorch/blob/main/LICENSE")) },
        { QStringLiteral("XGBoost"), BuildInfo::xgboostVersion(), QStringLiteral("Apache-2.0"),
          QStringLiteral(":/licenses/xgboost.txt"),
          U(QStringLiteral("https://www.apache.org/licenses/LICENSE-2.0")) },
        { QStringLiteral("QCoro"), QString(), QStringLiteral("MIT"),
          QStringLiteral(":/licenses/qcoro.txt"),
          U(QStringLiteral("https://github.com/qcoro/qcoro/blob/main/LICENSES/MIT.txt")) },
        { QStringLiteral("SQLite"), BuildInfo::sqliteVersion(), tr("public domain"),
          QStringLiteral(":/licenses/sqlite.txt"),
          U(QStringLiteral("https://www.sqlite.org/copyright.html")) },
        { QStringLiteral("OpenBLAS"), QString(), QStringLiteral("BSD-3-Clause"),
          QStringLiteral(":/licenses/openblas.txt"),
          U(QStringLiteral("https://github.com/OpenMathLib/OpenBLAS/blob/develop/LICENSE")) },
    };
}

QString AboutDialog::versionReport()
{
    QStringList lines;
    lines << QStringLiteral("ModelDeck %1").arg(QCoreApplication::applicationVersion());
    lines << QStringLiteral("Qt %1 (built with %2)")
                 .arg(BuildInfo::qtRuntimeVersion(), BuildInfo::qtBuildVersion());
    lines << QStringLiteral("LibTorch %1").arg(BuildInfo::torchVersion());
    lines << QStringLiteral("XGBoost %1").arg(BuildInfo::xgboostVersion());
    lines << QStringLiteral("SQLite %1").arg(BuildInfo::sqliteVersion());
    if (const QString blas = BuildInfo::blasKernels(); !blas.isEmpty())
        lines << QStringLiteral("OpenBLAS kernels %1").arg(blas);
    if (const QString compiler = BuildInfo::compiler(); !compiler.isEmpty())
        lines << compiler;
    lines << QSysInfo::prettyProductName() + QStringLiteral(", ")
            + QSysInfo::currentCpuArchitecture();
    return lines.join(u'\n');
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_components(components()), m_version(new QLabel(this)),
      m_list(new QListWidget(this)), m_notice(new QTextBrowser(this)), m_link(new QLabel(this))
{
    setWindowTitle(tr("About ModelDeck"));
    resize(940, 600);

    auto *title = new QLabel(this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setText(tr("ModelDeck %1").arg(QCoreApplication::applicationVersion()));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary
        = new QLabel(tr("Train, track and use forecasting models on market data, offline."), this);
    summary->setWordWrap(true);

    m_version->setText(tr("Qt %1 (built with %2) · LibTorch %3 · XGBoost %4 · SQLite %5")
                           .arg(BuildInfo::qtRuntimeVersion(), BuildInfo::qtBuildVersion(),
                                BuildInfo::torchVersion(), BuildInfo::xgboostVersion(),
                                BuildInfo::sqliteVersion()));
    m_version->setWordWrap(true);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_version->setToolTip(versionReport());

    // The repository has no licence file: what ModelDeck's licence is is its authors' call,
    // so the dialog says what is known rather than inventing terms.
    auto *own = new QLabel(tr("ModelDeck's own licence: not stated — its source repository "
                              "contains no licence file. The components below keep their "
                              "own licences."),
                           this);
    own->setWordWrap(true);

    for (const Component &c : std::as_const(m_components)) {
        const QString version = c.version.isEmpty() ? QString() : u' ' + c.version;
        auto *item = new QListWidgetItem(tr("%1%2 — %3").arg(c.name, version, c.licence), m_list);
        item->setToolTip(c.fullText.toString());
    }
    m_list->setAccessibleName(tr("Components and their licences"));
    m_notice->setAccessibleName(tr("Licence notice"));
    m_notice->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped: the notices keep their own line breaks, which are wider than a narrow pane.
    m_notice->setLineWrapMode(QTextEdit::WidgetWidth);
    m_link->setOpenExternalLinks(true);
    m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_link->setWordWrap(true);

    auto *noticePane = new QWidget(this);
    auto *noticeLayout = new QVBoxLayout(noticePane);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(m_notice, 1);
    noticeLayout->addWidget(m_link);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(noticePane);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 300, 620 });
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the versions of ModelDeck and its libraries, for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject); // also Esc

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(m_version);
    layout->addWidget(own);
    auto *heading = new QLabel(tr("&Licences:"), this);
    heading->setBuddy(m_list);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &AboutDialog::showComponent);
    m_list->setCurrentRow(0);
    m_list->setFocus();
}

void AboutDialog::showComponent(int row)
{
    if (row < 0 || row >= m_components.size())
        return;
    const Component &c = m_components.at(row);
    const QString notice = readResource(c.noticeResource);
    m_notice->setPlainText(
        notice.isEmpty() ? tr("(The notice %1 is missing from this build.)").arg(c.noticeResource)
                         : notice);
    m_link->setText(tr("Full licence text: <a href=\"%1\">%1</a>")
                        .arg(c.fullText.toString(QUrl::FullyEncoded)));
}

} // namespace modeldeck
