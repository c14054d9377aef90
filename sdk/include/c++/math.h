// Guest C++: <math.h> in C++ is <cmath> with its names at global scope
// too (the overloads, and the classification macros as functions), as for
// g++ with glibc. (It stands in front of libstdc++'s own math.h, which
// expects glibc behind it.)
#ifndef HSIM_CXX_MATH_H
#define HSIM_CXX_MATH_H

#include <cmath>

using std::abs;
using std::acos;
using std::asin;
using std::atan;
using std::atan2;
using std::cos;
using std::sin;
using std::tan;
using std::acosh;
using std::asinh;
using std::atanh;
using std::cosh;
using std::sinh;
using std::tanh;
using std::exp;
using std::exp2;
using std::expm1;
using std::log;
using std::log10;
using std::log1p;
using std::log2;
using std::logb;
using std::cbrt;
using std::fabs;
using std::sqrt;
using std::erf;
using std::erfc;
using std::lgamma;
using std::tgamma;
using std::ceil;
using std::floor;
using std::nearbyint;
using std::rint;
using std::round;
using std::trunc;
using std::pow;
using std::fmod;
using std::remainder;
using std::copysign;
using std::nextafter;
using std::fdim;
using std::fmax;
using std::fmin;
using std::hypot;
using std::frexp;
using std::ldexp;
using std::scalbn;
using std::scalbln;
using std::modf;
using std::ilogb;
using std::lrint;
using std::llrint;
using std::lround;
using std::llround;
using std::remquo;
using std::fma;
using std::nexttoward;
using std::fpclassify;
using std::isnan;
using std::isinf;
using std::isfinite;
using std::isnormal;
using std::signbit;
using std::isgreater;
using std::isgreaterequal;
using std::isless;
using std::islessequal;
using std::islessgreater;
using std::isunordered;

#endif
