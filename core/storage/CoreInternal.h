#pragma once
// Storage is private to modeldeck_core: widgets, the CLI and anything else outside core reach
// the database through the services (see docs/architecture.md, "Layers"). Every storage header
// includes this one, so including a storage header outside core is a compile error rather than a
// review comment. Core itself, its tests and the benchmarks that measure storage define
// MODELDECK_CORE_INTERNAL.
#ifndef MODELDECK_CORE_INTERNAL
#error "storage/ headers are private to modeldeck_core: use a service from core/services instead"
#endif
