// Guest C++: libstdc++'s ctype_base for hsim guests, in front of the GNU
// one (whose masks are glibc's <ctype.h> table bits). Its own bits, as a
// generic libc would have. The <locale> facets that use them are not
// supported; the declarations are here because libstdc++'s <complex>
// (and C++20's <memory> and <chrono>) reach <bits/locale_facets.h>
// through <sstream> and <ostream>.
namespace std _GLIBCXX_VISIBILITY(default)
{
_GLIBCXX_BEGIN_NAMESPACE_VERSION

struct ctype_base {
	typedef const int *__to_type;
	typedef unsigned short mask;
	static const mask upper = 1 << 0;
	static const mask lower = 1 << 1;
	static const mask alpha = 1 << 2;
	static const mask digit = 1 << 3;
	static const mask xdigit = 1 << 4;
	static const mask space = 1 << 5;
	static const mask print = 1 << 6;
	static const mask cntrl = 1 << 7;
	static const mask punct = 1 << 8;
	static const mask blank = 1 << 9;
	static const mask graph = alpha | digit | punct;
	static const mask alnum = alpha | digit;
};

_GLIBCXX_END_NAMESPACE_VERSION
} // namespace std
