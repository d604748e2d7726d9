#!/usr/bin/env python3
# Usage: python3 packaging/icons/render-icons.py packaging/icons/modeldeck.svg packaging/icons 16 24 32 48 64 128 256
# Renders an SVG to PNG with librsvg + cairo through ctypes (no rsvg-convert on this machine).
import ctypes, sys
rsvg = ctypes.CDLL("librsvg-2.so.2"); cairo = ctypes.CDLL("libcairo.so.2")
class Rect(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double), ("w", ctypes.c_double), ("h", ctypes.c_double)]
rsvg.rsvg_handle_new_from_file.restype = ctypes.c_void_p
rsvg.rsvg_handle_new_from_file.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
rsvg.rsvg_handle_render_document.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(Rect), ctypes.c_void_p]
cairo.cairo_image_surface_create.restype = ctypes.c_void_p
cairo.cairo_create.restype = ctypes.c_void_p
cairo.cairo_create.argtypes = [ctypes.c_void_p]
cairo.cairo_surface_write_to_png.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
cairo.cairo_destroy.argtypes = [ctypes.c_void_p]
cairo.cairo_surface_destroy.argtypes = [ctypes.c_void_p]
src, outdir = sys.argv[1], sys.argv[2]
h = rsvg.rsvg_handle_new_from_file(src.encode(), None)
assert h, "cannot load " + src
for size in map(int, sys.argv[3:]):
    surf = cairo.cairo_image_surface_create(0, size, size)  # CAIRO_FORMAT_ARGB32
    cr = cairo.cairo_create(surf)
    ok = rsvg.rsvg_handle_render_document(h, cr, ctypes.byref(Rect(0, 0, size, size)), None)
    assert ok
    cairo.cairo_surface_write_to_png(surf, f"{outdir}/modeldeck-{size}.png".encode())
    cairo.cairo_destroy(cr); cairo.cairo_surface_destroy(surf)
