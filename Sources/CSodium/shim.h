#ifndef CANDOR_CSODIUM_SHIM_H
#define CANDOR_CSODIUM_SHIM_H
// The system libsodium (Debian: libsodium-dev). Nothing else lives here.
#include <sodium.h>
#endif
