#ifndef CANDOR_CSYSTEMSHIM_H
#define CANDOR_CSYSTEMSHIM_H
// What Glibc's Swift module map leaves out: epoll (the HTTP server's event loop). Nothing else lives here.
#include <sys/epoll.h>
#endif
