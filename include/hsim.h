/* hsim: hybrid KVM + simulator x86-64 CPU simulation. The public API. */
#ifndef HSIM_H
#define HSIM_H

#define HSIM_VERSION_MAJOR 0
#define HSIM_VERSION_MINOR 1
#define HSIM_VERSION_PATCH 0
#define HSIM_VERSION_NUMBER \
	(HSIM_VERSION_MAJOR * 10000 + HSIM_VERSION_MINOR * 100 + HSIM_VERSION_PATCH)
#define HSIM_VERSION_STRING "0.1.0"

#include <hsim/error.h>
#include <hsim/cpu.h>
#include <hsim/image.h>
#include <hsim/machine.h>
#include <hsim/check.h>
#include <hsim/events.h>
#include <hsim/trace.h>
#include <hsim/replay.h>

#ifdef __cplusplus
extern "C" {
#endif
/* The library's version at run time (HSIM_VERSION_NUMBER of the build). */
unsigned hsim_version_number(void);
const char *hsim_version_string(void);
#ifdef __cplusplus
}
#endif
#endif
