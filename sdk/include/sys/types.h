/* Guest libc: POSIX's basic types, with Linux x86-64's sizes. */
#ifndef HSIM_LIBC_SYS_TYPES_H
#define HSIM_LIBC_SYS_TYPES_H

#include <stddef.h>
#include <stdint.h>

#ifndef HSIM_LIBC_SSIZE_T
#define HSIM_LIBC_SSIZE_T
typedef long ssize_t;
#endif
#ifndef HSIM_LIBC_OFF_T
#define HSIM_LIBC_OFF_T
typedef long off_t;
#endif
#ifndef HSIM_LIBC_TIME_T
#define HSIM_LIBC_TIME_T
typedef long clock_t;
typedef long time_t;
#endif
typedef int pid_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef unsigned id_t;
typedef unsigned mode_t;
typedef unsigned long dev_t;
typedef unsigned long ino_t;
typedef unsigned long nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef unsigned useconds_t;
typedef long suseconds_t;
typedef int key_t;
typedef unsigned char u_char;
typedef unsigned short u_short;
typedef unsigned u_int;
typedef unsigned long u_long;
typedef uint8_t u_int8_t;
typedef uint16_t u_int16_t;
typedef uint32_t u_int32_t;
typedef uint64_t u_int64_t;

#endif
