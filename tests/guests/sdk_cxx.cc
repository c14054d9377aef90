// C++ in the SDK (tests/kvm/sdk.sh): classes, virtual functions, templates,
// new and delete in their forms, static constructors and destructors (in
// order with atexit), a function-local static; built with hsim-c++ and with
// the host g++ (-fno-exceptions -fno-rtti both), the output is the same.
// With the argument "pure" a pure virtual function is called (from a base
// class's constructor): the program ends with a message.
#include <new>
#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#if __has_include(<hsim/guest.h>) // the SDK's headers are C++-clean too
#include <hsim/guest.h>
#include <hsim/devices.h>
#endif

struct Tracer {
	const char *name;
	explicit Tracer(const char *n) : name(n) { printf("construct %s\n", name); }
	~Tracer() { printf("destroy %s\n", name); }
};

static Tracer first("first global");
Tracer second("second global");

static void at_exit_fn() { printf("atexit handler\n"); }

struct Shape {
	virtual ~Shape() { printf("~Shape\n"); }
	virtual double area() const = 0;
	virtual const char *name() const { return "shape"; }
};

struct Rect : Shape {
	double w, h;
	Rect(double a, double b) : w(a), h(b) {}
	~Rect() override { printf("~Rect\n"); }
	double area() const override { return w * h; }
	const char *name() const override { return "rect"; }
};

struct Circle : Shape {
	double r;
	explicit Circle(double x) : r(x) {}
	double area() const override { return 3.0 * r * r; }
};

template <typename T, int N> struct Stack {
	T items[N];
	int n = 0;
	void push(const T &v) { if (n < N) items[n++] = v; }
	T pop() { return items[--n]; }
	bool empty() const { return n == 0; }
};

template <typename T> T maxof(T a, T b) { return a < b ? b : a; }

static int counter()
{
	static Tracer once("function-local static");
	static int calls = 0;
	return ++calls;
}

struct alignas(64) Wide {
	char c[64];
};

struct Pure {
	Pure() { g(); }
	void g() { h(); }
	virtual void h() = 0;
	virtual ~Pure() {}
};
struct Impure : Pure {
	void h() override {}
};

int main(int argc, char **argv)
{
	atexit(at_exit_fn);
	static Tracer in_main("static in main");
	Shape *shapes[3] = { new Rect(2, 3), new Circle(1), new Rect(1.5, 4) };
	for (Shape *s : shapes)
		printf("%s area %.2f\n", s->name(), s->area());
	for (Shape *s : shapes)
		delete s;

	Stack<int, 8> st;
	for (int i = 0; i < 5; i++)
		st.push(i * i);
	while (!st.empty())
		printf("pop %d\n", st.pop());
	printf("max %d %.1f %c\n", maxof(3, 7), maxof(2.5, -1.0), maxof('a', 'z'));

	int *arr = new int[100];
	for (int i = 0; i < 100; i++)
		arr[i] = i;
	long sum = 0;
	for (int i = 0; i < 100; i++)
		sum += arr[i];
	delete[] arr;
	printf("array sum %ld\n", sum);

	Wide *w = new Wide;
	printf("aligned new: %d\n", (int)((unsigned long)w % 64 == 0));
	delete w;
	Wide *ws = new Wide[3];
	printf("aligned new[]: %d\n", (int)((unsigned long)ws % 64 == 0));
	delete[] ws;
	int *nt = new (std::nothrow) int(5);
	printf("nothrow new %d\n", *nt);
	delete nt;
	alignas(Rect) unsigned char buf[sizeof(Rect)];
	Shape *placed = new (buf) Rect(4, 5);
	printf("placement %s %.0f\n", placed->name(), placed->area());
	placed->~Shape();

	for (int i = 0; i < 3; i++)
		printf("counter %d\n", counter());
	if (argc > 1 && !strcmp(argv[1], "pure")) {
		fflush(stdout);
		Impure p;
	}
	return 0;
}
