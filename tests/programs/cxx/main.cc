// tests/programs/cxx/main.cc: the C++ standard library a guest can use
// (hsim-c++: libstdc++'s headers over the SDK's libc), printing what it
// computes; tests/kvm/cxx.sh compares the output with the same program
// built natively with g++ against glibc and libstdc++, in KVM, in the
// simulator and replayed. With the argument "at", vector::at is given an
// index out of range: the program ends as an uncaught std::out_of_range.
#include "shapes.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <chrono>
#include <cassert>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <forward_list>
#include <functional>
#include <list>
#include <map>
#include <numeric>
#include <optional>
#include <queue>
#include <random>
#include <set>
#include <stack>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

static int failed;
#define CHECK(e) ((e) ? (void)0 : (void)(printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #e), failed++))

// ---- templates ---------------------------------------------------------------
template <class T, std::size_t N> struct Matrix {
	std::array<T, N * N> a{};
	T &operator()(std::size_t i, std::size_t j) { return a[i * N + j]; }
	T operator()(std::size_t i, std::size_t j) const { return a[i * N + j]; }
	Matrix operator*(const Matrix &o) const
	{
		Matrix r;
		for (std::size_t i = 0; i < N; i++)
			for (std::size_t j = 0; j < N; j++)
				for (std::size_t k = 0; k < N; k++)
					r(i, j) += (*this)(i, k) * o(k, j);
		return r;
	}
};

template <class... Ts> constexpr auto sum(Ts... xs) { return (xs + ... + 0); }
static_assert(sum(1, 2, 3, 4) == 10, "a fold at compile time");

template <class T> std::string kind_of(const T &)
{
	if constexpr (std::is_integral_v<T>)
		return std::is_signed_v<T> ? "signed integer" : "unsigned integer";
	else if constexpr (std::is_floating_point_v<T>)
		return "floating point";
	else
		return "other";
}

constexpr unsigned long long factorial(unsigned n) { return n < 2 ? 1 : n * factorial(n - 1); }

// ---- the parts -----------------------------------------------------------------
static void strings()
{
	printf("strings:\n");
	const char *text = "the quick brown fox jumps over the lazy dog the fox barks "
			   "and the dog sleeps while a quick cat watches the brown fox";
	std::map<std::string, int> freq;
	std::unordered_map<std::string, int> ufreq;
	std::string_view rest(text);
	while (!rest.empty()) {
		std::size_t sp = rest.find(' ');
		std::string w(rest.substr(0, sp));
		freq[w]++;
		ufreq[w]++;
		rest = sp == std::string_view::npos ? std::string_view() : rest.substr(sp + 1);
	}
	for (const auto &[w, n] : freq)
		if (n > 1)
			printf("  %s x%d\n", w.c_str(), n);
	// the unordered container's own order: std::hash<std::string> and the
	// bucket counts must be libstdc++'s
	printf("  unordered (%zu buckets):", ufreq.bucket_count());
	for (const auto &kv : ufreq)
		printf(" %s", kv.first.c_str());
	printf("\n");
	std::string s = "Hello, world";
	s.replace(s.find("world"), 5, "hsim");
	s += '!';
	s.insert(0, 3, '>');
	std::string up = s;
	std::transform(up.begin(), up.end(), up.begin(), [](unsigned char c) { return std::toupper(c); });
	printf("  %s | %s | %zu | %s\n", s.c_str(), up.c_str(), s.size(), s.substr(3, 5).c_str());
	CHECK(std::stoi("-1234") == -1234 && std::stol("77", nullptr, 8) == 63);
	CHECK(std::stod("2.5e3") == 2500.0 && std::stoull("18446744073709551615") == ULLONG_MAX);
	printf("  %s %s %s\n", std::to_string(-42).c_str(), std::to_string(1ull << 63).c_str(),
	       std::to_string(3.14159).c_str());
	std::string big;
	for (int i = 0; i < 2000; i++)
		big += std::to_string(i % 10);
	printf("  a string of %zu characters, %zu sevens, last 7 at %zu\n", big.size(),
	       (std::size_t)std::count(big.begin(), big.end(), '7'), big.rfind('7'));
	std::u32string w = U"wide";
	CHECK(w.size() == 4 && w[3] == U'e');
}

static void containers()
{
	printf("containers:\n");
	std::vector<int> v(20);
	std::iota(v.begin(), v.end(), -5);
	v.erase(std::remove_if(v.begin(), v.end(), [](int x) { return x % 3 == 0; }), v.end());
	printf("  vector:");
	for (int x : v)
		printf(" %d", x);
	printf(" (sum %d, capacity >= size %d)\n", std::accumulate(v.begin(), v.end(), 0), v.capacity() >= v.size());
	std::list<int> l{ 5, 1, 4, 1, 5, 9, 2, 6, 5, 3 }, l2{ 8, 7 };
	l.sort();
	l.unique();
	l.reverse();
	l.splice(std::next(l.begin()), l2);
	l.swap(l2);
	l.push_front(100);
	printf("  list:");
	for (int x : l2)
		printf(" %d", x);
	printf(" / %zu %d\n", l.size(), l.front());
	std::forward_list<int> fl{ 3, 1, 2 };
	fl.sort();
	fl.push_front(0);
	printf("  forward_list:");
	for (int x : fl)
		printf(" %d", x);
	printf("\n");
	std::deque<int> dq;
	for (int i = 0; i < 1000; i++)
		i % 2 ? dq.push_back(i) : dq.push_front(i);
	printf("  deque: %zu %d %d %d\n", dq.size(), dq.front(), dq.back(), dq[500]);
	std::priority_queue<int, std::vector<int>, std::greater<int>> pq;
	for (int x : { 7, 2, 9, 4, 1 })
		pq.push(x);
	std::stack<int> st;
	printf("  priority_queue:");
	while (!pq.empty()) {
		printf(" %d", pq.top());
		st.push(pq.top());
		pq.pop();
	}
	printf(" / stack top %d\n", st.top());
	std::bitset<40> bits(0xF0F0F0F0F0ull);
	printf("  bitset %s count %zu\n", (bits >> 4).to_string().c_str(), bits.count());
	std::multiset<std::string> ms{ "b", "a", "b", "c" };
	std::multimap<int, std::string> mm{ { 2, "two" }, { 1, "one" }, { 2, "deux" } };
	auto [lo, hi] = mm.equal_range(2);
	printf("  multiset %zu b's; multimap 2 ->", ms.count("b"));
	for (auto it = lo; it != hi; ++it)
		printf(" %s", it->second.c_str());
	printf("\n");
}

// random inserts and erases in std::set and std::map against a sorted
// vector: the red-black tree (sdk/libc/cxx.c in a guest) keeps every node
static void trees()
{
	std::mt19937 rng(12345);
	std::set<int> s;
	std::map<int, int> m;
	std::vector<int> ref;
	for (int round = 0; round < 20000; round++) {
		int k = (int)(rng() % 3000);
		auto it = std::lower_bound(ref.begin(), ref.end(), k);
		if (rng() % 3) {
			if (it == ref.end() || *it != k)
				ref.insert(it, k);
			s.insert(k);
			m[k] = round;
		} else {
			if (it != ref.end() && *it == k)
				ref.erase(it);
			CHECK(s.erase(k) == m.erase(k));
		}
	}
	CHECK(s.size() == ref.size() && std::equal(s.begin(), s.end(), ref.begin()));
	CHECK(std::equal(s.rbegin(), s.rend(), ref.rbegin()));
	CHECK(m.size() == ref.size() && m.begin()->first == ref.front() && m.rbegin()->first == ref.back());
	long sum = 0;
	for (const auto &kv : m)
		sum += kv.second;
	printf("trees: %zu keys, first %d, last %d, value sum %ld, lower_bound(1500) %d\n", s.size(),
	       *s.begin(), *s.rbegin(), sum, *s.lower_bound(1500));
	// an unordered_set big enough to rehash often: the contents, sorted
	std::unordered_set<long> us;
	for (int i = 0; i < 5000; i++)
		us.insert((long)(rng() % 100000));
	std::vector<long> sorted(us.begin(), us.end());
	std::sort(sorted.begin(), sorted.end());
	CHECK(sorted.size() == us.size());
	printf("  unordered_set: %zu, smallest %ld, largest %ld, median %ld\n", us.size(), sorted.front(),
	       sorted.back(), sorted[sorted.size() / 2]);
}

static void algorithms()
{
	printf("algorithms:\n");
	std::vector<int> v{ 9, 4, 7, 1, 8, 2, 6, 3, 5, 0 };
	std::vector<int> w = v;
	std::nth_element(w.begin(), w.begin() + 5, w.end());
	std::partial_sort(v.begin(), v.begin() + 4, v.end());
	printf("  partial_sort %d %d %d %d, nth(5) %d\n", v[0], v[1], v[2], v[3], w[5]);
	std::sort(v.begin(), v.end(), std::greater<>());
	std::rotate(v.begin(), v.begin() + 3, v.end());
	auto mid = std::stable_partition(v.begin(), v.end(), [](int x) { return x % 2 == 0; });
	printf("  rotated, partitioned:");
	for (int x : v)
		printf(" %d", x);
	printf(" (%td even)\n", mid - v.begin());
	std::array<char, 4> p{ 'a', 'b', 'c', 'd' };
	int perms = 0;
	do
		perms++;
	while (std::next_permutation(p.begin(), p.end()));
	std::vector<int> a{ 1, 2, 3, 5, 8, 13 }, b{ 2, 3, 4, 5, 6, 7, 8 }, both, either;
	std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
	std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(either));
	printf("  %d permutations, %zu common, %zu in all, inner product %d\n", perms, both.size(), either.size(),
	       std::inner_product(a.begin(), a.end(), b.begin(), 0));
	printf("  gcd %d lcm %d, minmax %d..%d, binary_search %d\n", std::gcd(84, 36), std::lcm(4, 6),
	       *std::min_element(b.begin(), b.end()), *std::max_element(b.begin(), b.end()),
	       (int)std::binary_search(a.begin(), a.end(), 8));
	std::vector<std::pair<std::string, int>> people{ { "eve", 30 }, { "bob", 25 }, { "amy", 30 }, { "dan", 25 } };
	std::stable_sort(people.begin(), people.end(),
			 [](const auto &x, const auto &y) { return x.second < y.second; });
	printf("  stable by age:");
	for (const auto &[name, age] : people)
		printf(" %s/%d", name.c_str(), age);
	printf("\n");
	std::mt19937 rng(7);
	std::vector<int> deck(10);
	std::iota(deck.begin(), deck.end(), 0);
	std::shuffle(deck.begin(), deck.end(), rng);
	std::uniform_int_distribution<int> die(1, 6);
	printf("  shuffled:");
	for (int x : deck)
		printf(" %d", x);
	printf(", dice %d %d %d\n", die(rng), die(rng), die(rng));
}

static void vocabulary()
{
	printf("vocabulary types:\n");
	std::tuple<int, std::string, double> t{ 1, "one", 1.5 };
	auto [i, s, d] = t;
	std::get<0>(t) = 2;
	printf("  tuple %d %s %.1f (now %d), size %zu\n", i, s.c_str(), d, std::get<0>(t),
	       std::tuple_size_v<decltype(t)>);
	std::optional<int> none, some = 42;
	printf("  optional %d %d %d\n", none.value_or(-1), some.value_or(-1), (int)none.has_value());
	std::vector<std::variant<int, double, std::string>> vs{ 3, 2.5, std::string("text") };
	for (const auto &x : vs)
		std::visit([](const auto &y) { printf("  variant holds %s\n", kind_of(y).c_str()); }, x);
	printf("  index %zu %zu %zu, holds double %d\n", vs[0].index(), vs[1].index(), vs[2].index(),
	       (int)std::holds_alternative<double>(vs[1]));
	auto sp = std::make_shared<Tracked>(5);
	std::weak_ptr<Tracked> wp = sp;
	{
		auto sp2 = sp;
		printf("  shared_ptr use_count %ld, weak expired %d\n", sp.use_count(), (int)wp.expired());
	}
	sp.reset();
	printf("  after reset: weak expired %d\n", (int)wp.expired());
}

static void functional_and_lambdas()
{
	printf("lambdas:\n");
	int calls = 0;
	std::function<unsigned long(unsigned)> fib = [&](unsigned n) -> unsigned long {
		calls++;
		return n < 2 ? n : fib(n - 1) + fib(n - 2);
	};
	auto add = [](auto x, auto y) { return x + y; };
	auto add5 = std::bind(add, std::placeholders::_1, 5);
	std::vector<std::function<int(int)>> ops{ [](int x) { return x * x; }, add5,
						  [k = 3](int x) mutable { return x * k++; } };
	unsigned long f20 = fib(20);
	printf("  fib(20) %lu in %d calls; add %d %.2f %s\n", f20, calls, add(2, 3), add(1.5, 0.25),
	       add(std::string("ab"), std::string("cd")).c_str());
	for (auto &f : ops)
		printf("  op(7) %d\n", f(7));
	std::map<std::string, std::function<double(double, double)>> calc{
		{ "+", std::plus<double>() }, { "*", std::multiplies<double>() }, { "pow", [](double a, double b) { return std::pow(a, b); } }
	};
	for (const auto &[name, f] : calc)
		printf("  %s(3, 4) = %g\n", name.c_str(), f(3, 4));
}

static void numbers()
{
	printf("numbers:\n");
	Matrix<long, 3> m;
	for (std::size_t i = 0; i < 3; i++)
		for (std::size_t j = 0; j < 3; j++)
			m(i, j) = (long)(i + 2 * j);
	Matrix<long, 3> p = m * m * m;
	printf("  matrix cube row 0: %ld %ld %ld; 20! = %llu\n", p(0, 0), p(0, 1), p(0, 2), factorial(20));
	// <cmath>'s overloads: float in, float out; integers as double
	float f = std::sqrt(2.0f);
	static_assert(std::is_same_v<decltype(std::sqrt(2.0f)), float>, "sqrt(float) is float");
	static_assert(std::is_same_v<decltype(std::pow(2, 10)), double>, "pow(int, int) is double");
	static_assert(std::is_same_v<decltype(std::abs(-2.5f)), float>, "abs(float) is float");
	printf("  %.7f %.10f %.3f %g %ld %lld\n", (double)f, std::sqrt(2.0), (double)std::abs(-2.5f), std::pow(2, 10),
	       std::abs(-7L), std::abs(-9LL));
	printf("  %.6f %.6f %.6f %d %d %d\n", std::hypot(3.0, 4.0), std::floor(-2.5), std::fmod(7.5f, 2.0f),
	       (int)std::isnan(std::nan("")), (int)std::isinf(1.0 / 0.0 > 0 ? HUGE_VAL : 0.0), (int)std::signbit(-0.0));
	std::div_t q = std::div(17, 5);
	printf("  div %d %d, strtol %ld, kinds: %s, %s, %s\n", q.quot, q.rem, std::strtol("ff", nullptr, 16),
	       kind_of(1u).c_str(), kind_of(-1).c_str(), kind_of(0.5).c_str());
	std::int64_t big = INT64_MAX;
	printf("  %lld %d\n", (long long)big, (int)(std::numeric_limits<std::uint8_t>::max)());
}

static void lifetimes()
{
	Tracked::made = Tracked::moved = 0;
	{
		std::vector<Tracked> v;
		for (int i = 0; i < 100; i++)
			v.emplace_back(100 - i);
		std::sort(v.begin(), v.end());
		std::vector<Tracked> w(v.begin(), v.begin() + 10);
		std::map<int, Tracked> m;
		for (const Tracked &t : w)
			m.emplace(t.v, t);
		printf("lifetimes: %d alive, made %d, moved %d, first %d\n", Tracked::alive, Tracked::made,
		       Tracked::moved, v.front().v);
	}
	CHECK(Tracked::alive == 0);
}

// the clocks (virtual time in a guest): they do not go back
static void clocks()
{
	auto t0 = std::chrono::steady_clock::now();
	auto s0 = std::chrono::system_clock::now();
	volatile unsigned long spin = 0;
	for (int i = 0; i < 100000; i++)
		spin = spin + i;
	auto t1 = std::chrono::steady_clock::now();
	auto us = std::chrono::duration_cast<std::chrono::microseconds>(t1 - t0).count();
	// (a guest's system clock counts virtual time from 0, not from 1970)
	printf("clocks: steady %s, system %s\n", us >= 0 ? "does not go back" : "WENT BACK",
	       s0.time_since_epoch().count() >= 0 ? "not before the epoch" : "BEFORE THE EPOCH");
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "at")) {
		std::vector<int> v{ 1, 2, 3 };
		printf("before vector::at(10)\n");
		fflush(stdout);
		return v.at(10);
	}
	printf("%s\n", registry_log());
	strings();
	containers();
	trees();
	algorithms();
	vocabulary();
	functional_and_lambdas();
	numbers();
	lifetimes();
	clocks();
	printf("shapes:\n");
	failed += shapes_selftest();
	printf("clamp_sum(int) %d\n", clamp_sum(std::vector<int>{ 1, 50, -3, 7 }, 0, 10));
	assert(failed == 0);
	printf("%d failed checks\n", failed);
	return failed != 0;
}
