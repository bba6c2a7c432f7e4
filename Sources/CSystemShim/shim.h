#ifndef CANDOR_CSYSTEMSHIM_H
#define CANDOR_CSYSTEMSHIM_H
// What Glibc's Swift module map leaves out: epoll (the HTTP server's event loop) here, and in keyring.h the
// kernel keyring's add_key and keyctl (candor-inspect's unlock). Nothing else lives in this module.
#include <sys/epoll.h>
#endif
