#ifndef CANDOR_CSYSTEMSHIM_KEYRING_H
#define CANDOR_CSYSTEMSHIM_KEYRING_H
// The kernel's key retention service (keyrings(7)) without libkeyutils: glibc has no wrappers for add_key
// and keyctl, and Swift cannot call the variadic syscall(2), so each operation is one fixed-argument
// function here. Each returns what the system call returns: -1 with errno set on failure.
#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/keyctl.h>

/// The calling user's keyring (KEY_SPEC_USER_KEYRING): it outlives every process of the user.
static const int32_t candor_user_keyring = KEY_SPEC_USER_KEYRING;

static inline int32_t candor_add_key(
    const char *type, const char *description, const void *payload, size_t length, int32_t keyring) {
    return (int32_t)syscall(SYS_add_key, type, description, payload, length, keyring);
}

static inline int32_t candor_keyctl_search(int32_t keyring, const char *type, const char *description) {
    return (int32_t)syscall(SYS_keyctl, KEYCTL_SEARCH, keyring, type, description, 0);
}

static inline long candor_keyctl_read(int32_t key, void *buffer, size_t length) {
    return syscall(SYS_keyctl, KEYCTL_READ, key, buffer, length);
}

static inline long candor_keyctl_set_timeout(int32_t key, unsigned int seconds) {
    return syscall(SYS_keyctl, KEYCTL_SET_TIMEOUT, key, seconds);
}

static inline long candor_keyctl_setperm(int32_t key, uint32_t permissions) {
    return syscall(SYS_keyctl, KEYCTL_SETPERM, key, permissions);
}

static inline long candor_keyctl_revoke(int32_t key) {
    return syscall(SYS_keyctl, KEYCTL_REVOKE, key);
}

static inline long candor_keyctl_unlink(int32_t key, int32_t keyring) {
    return syscall(SYS_keyctl, KEYCTL_UNLINK, key, keyring);
}

/// Zeroes a buffer in a way the compiler may not remove (the payload read back is a secret).
static inline void candor_wipe(void *buffer, size_t length) {
    volatile unsigned char *bytes = (volatile unsigned char *)buffer;
    while (length--) *bytes++ = 0;
}

#endif
