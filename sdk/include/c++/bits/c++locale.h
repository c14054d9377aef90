// Guest C++: libstdc++'s C locale layer for hsim guests, in front of the
// GNU one (which is built on glibc's locale_t and uselocale). The SDK's
// libc has one locale, "C", so a C locale handle is a dummy pointer and a
// number converts with plain vsnprintf. Only the <locale> and iostream
// code use these, and those are not supported (<iostream> says so); the
// declarations are here because <string> reaches them through
// <bits/localefwd.h>.
#ifndef _GLIBCXX_CXX_LOCALE_H
#define _GLIBCXX_CXX_LOCALE_H 1

#pragma GCC system_header

#include <clocale>
#include <cstdarg>
#include <cstdio>

#define _GLIBCXX_NUM_CATEGORIES 0

namespace std _GLIBCXX_VISIBILITY(default)
{
_GLIBCXX_BEGIN_NAMESPACE_VERSION

typedef int *__c_locale;

// format a double or long double as printf would (the locale is "C")
inline int __convert_from_v(const __c_locale &, char *__out, const int __size,
			    const char *__fmt, ...)
{
	va_list __ap;
	va_start(__ap, __fmt);
	int __n = vsnprintf(__out, __size, __fmt, __ap);
	va_end(__ap);
	return __n;
}

_GLIBCXX_END_NAMESPACE_VERSION
} // namespace std

#endif
