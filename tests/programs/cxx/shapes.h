// tests/programs/cxx: a C++ program for hsim-c++ (tests/kvm/cxx.sh builds
// it natively with g++ and as a guest; the outputs must be identical).
// shapes.cc: a class hierarchy with virtual calls, objects of static
// storage duration in a second translation unit, templates used from two.
#ifndef CXX_SHAPES_H
#define CXX_SHAPES_H

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

// counts the objects alive, to see the containers construct, move and
// destroy what they should
struct Tracked {
	static int alive, made, moved;
	int v;
	explicit Tracked(int x = 0) : v(x) { alive++, made++; }
	Tracked(const Tracked &o) : v(o.v) { alive++, made++; }
	Tracked(Tracked &&o) noexcept : v(o.v) { alive++, moved++; o.v = -1; }
	Tracked &operator=(const Tracked &o) = default;
	Tracked &operator=(Tracked &&o) noexcept { v = o.v; o.v = -1; moved++; return *this; }
	~Tracked() { alive--; }
	bool operator<(const Tracked &o) const { return v < o.v; }
};

class Shape {
public:
	explicit Shape(std::string name) : name_(std::move(name)) { count()++; }
	virtual ~Shape() { count()--; }
	virtual double area() const = 0;
	virtual double perimeter() const = 0;
	virtual std::string describe() const;
	const std::string &name() const { return name_; }
	static int &count(); // a function-local static
private:
	std::string name_;
};

std::unique_ptr<Shape> make_shape(const std::string &spec); // "circle 2", "rect 3 4", ...
std::vector<std::unique_ptr<Shape>> registry_shapes();      // built by a static object
const char *registry_log();

// a template used by both files: the instantiations must fold into one
template <class T> T clamp_sum(const std::vector<T> &v, T lo, T hi)
{
	T s{};
	for (const T &x : v)
		s += x < lo ? lo : (hi < x ? hi : x);
	return s;
}

int shapes_selftest(); // the number of failed checks

#endif
