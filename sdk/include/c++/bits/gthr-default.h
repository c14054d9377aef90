// Guest C++: libstdc++'s thread layer for hsim guests: a guest is one
// thread, so libstdc++'s own single-threaded model (gthr-single.h, no
// pthreads) stands in for the POSIX one its configuration names, whose
// header needs glibc's <pthread.h>. std::thread, std::mutex and the rest
// of <thread> are not available (their headers here say so).
#include <bits/gthr-single.h>
