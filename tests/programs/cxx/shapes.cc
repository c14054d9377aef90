// tests/programs/cxx/shapes.cc: see shapes.h
#include "shapes.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

int Tracked::alive, Tracked::made, Tracked::moved;

int &Shape::count()
{
	static int n = 0;
	return n;
}

std::string Shape::describe() const
{
	char buf[96];
	snprintf(buf, sizeof(buf), "%s: area %.3f, perimeter %.3f", name_.c_str(), area(), perimeter());
	return buf;
}

namespace {

constexpr double pi = 3.14159265358979323846;

class Circle : public Shape {
public:
	explicit Circle(double r) : Shape("circle"), r_(r) {}
	double area() const override { return pi * r_ * r_; }
	double perimeter() const override { return 2 * pi * r_; }
private:
	double r_;
};

class Rect : public Shape {
public:
	Rect(double w, double h) : Shape("rect"), w_(w), h_(h) {}
	double area() const override { return w_ * h_; }
	double perimeter() const override { return 2 * (w_ + h_); }
protected:
	double w_, h_;
};

class Square final : public Rect {
public:
	explicit Square(double s) : Rect(s, s) {}
	std::string describe() const override { return "square of side " + std::to_string((int)w_) + ", " + Rect::describe(); }
};

class Triangle : public Shape {
public:
	Triangle(double a, double b, double c) : Shape("triangle"), a_(a), b_(b), c_(c) {}
	double area() const override
	{
		double s = perimeter() / 2; // Heron
		return std::sqrt(s * (s - a_) * (s - b_) * (s - c_));
	}
	double perimeter() const override { return a_ + b_ + c_; }
private:
	double a_, b_, c_;
};

// an object of static storage duration: built before main, destroyed after
struct Registry {
	std::vector<std::string> specs;
	std::string log;
	Registry()
	{
		for (const char *s : { "circle 1", "rect 2 5", "square 3", "triangle 3 4 5", "circle 0.5" })
			specs.emplace_back(s);
		log = "registry built with " + std::to_string(specs.size()) + " shapes";
	}
	~Registry() { printf("registry destroyed (%zu shapes)\n", specs.size()); }
};
Registry registry;

} // namespace

std::unique_ptr<Shape> make_shape(const std::string &spec)
{
	char kind[16];
	double a = 0, b = 0, c = 0;
	int n = sscanf(spec.c_str(), "%15s %lf %lf %lf", kind, &a, &b, &c);
	if (n == 2 && !strcmp(kind, "circle"))
		return std::make_unique<Circle>(a);
	if (n == 3 && !strcmp(kind, "rect"))
		return std::make_unique<Rect>(a, b);
	if (n == 2 && !strcmp(kind, "square"))
		return std::make_unique<Square>(a);
	if (n == 4 && !strcmp(kind, "triangle"))
		return std::make_unique<Triangle>(a, b, c);
	return nullptr;
}

std::vector<std::unique_ptr<Shape>> registry_shapes()
{
	std::vector<std::unique_ptr<Shape>> v;
	std::transform(registry.specs.begin(), registry.specs.end(), std::back_inserter(v), make_shape);
	return v;
}

const char *registry_log()
{
	return registry.log.c_str();
}

int shapes_selftest()
{
	int failed = 0;
	auto check = [&failed](bool ok, const char *what) {
		if (!ok) {
			printf("FAIL %s\n", what);
			failed++;
		}
	};
	auto shapes = registry_shapes();
	check(Shape::count() == 5, "five shapes alive");
	std::sort(shapes.begin(), shapes.end(),
		  [](const auto &x, const auto &y) { return x->area() < y->area(); });
	for (const auto &s : shapes)
		printf("  %s\n", s->describe().c_str());
	std::map<std::string, double> by_kind;
	for (const auto &s : shapes)
		by_kind[s->name()] += s->area();
	for (const auto &[k, v] : by_kind)
		printf("  total %-8s %8.3f\n", k.c_str(), v);
	check(make_shape("hexagon 1") == nullptr, "an unknown shape");
	shapes.erase(shapes.begin() + 1, shapes.begin() + 3);
	check(Shape::count() == 3, "erase destroys");
	shapes.clear();
	check(Shape::count() == 0, "clear destroys");
	std::vector<double> d{ 0.5, 7.25, -3, 12 };
	printf("  clamp_sum(double) %.2f\n", clamp_sum(d, 0.0, 10.0));
	return failed;
}
