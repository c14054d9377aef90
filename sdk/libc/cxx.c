/* Guest libc: the C++ runtime that hsim-c++ programs need without
 * libstdc++: operator new and delete (every form: arrays, sized, aligned,
 * nothrow), static destructors (__cxa_atexit, __dso_handle), function-local
 * statics (__cxa_guard_*), pure virtual calls. Exceptions and RTTI are off
 * (hsim-c++ passes -fno-exceptions -fno-rtti), so a failed allocation of a
 * throwing new ends the program with a message instead of std::bad_alloc.
 * Written in C: the functions carry their Itanium C++ ABI names. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <hsim/guest.h>

/* ---- the end of the program --------------------------------------------- */

__attribute__((noreturn)) static void die(const char *msg)
{
	fflush(stdout);
	hsim_write(2, msg, strlen(msg));
	hsim_exit(134); /* as abort() */
}

/* ---- operator new / delete ------------------------------------------------ */

static void *alloc(size_t n, size_t align, int nothrow)
{
	void *p;
	if (!n)
		n = 1; /* a distinct pointer for each new of 0 bytes */
	p = align > 16 ? aligned_alloc(align, (n + align - 1) / align * align) : malloc(n);
	if (!p && !nothrow)
		die("operator new: out of memory (std::bad_alloc: exceptions are off)\n");
	return p;
}

/* The Itanium ABI names are C identifiers: defined here as they are.
 * Sizes, alignments (std::align_val_t is a size_t) and std::nothrow_t
 * references are passed as the ABI passes them. */
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#pragma GCC diagnostic ignored "-Wmissing-declarations"

void *_Znwm(size_t n) { return alloc(n, 0, 0); }
void *_Znam(size_t n) { return alloc(n, 0, 0); }
void *_ZnwmRKSt9nothrow_t(size_t n, const void *nt) { return alloc(n, 0, 1); }
void *_ZnamRKSt9nothrow_t(size_t n, const void *nt) { return alloc(n, 0, 1); }
void *_ZnwmSt11align_val_t(size_t n, size_t a) { return alloc(n, a, 0); }
void *_ZnamSt11align_val_t(size_t n, size_t a) { return alloc(n, a, 0); }
void *_ZnwmSt11align_val_tRKSt9nothrow_t(size_t n, size_t a, const void *nt) { return alloc(n, a, 1); }
void *_ZnamSt11align_val_tRKSt9nothrow_t(size_t n, size_t a, const void *nt) { return alloc(n, a, 1); }

void _ZdlPv(void *p) { free(p); }
void _ZdaPv(void *p) { free(p); }
void _ZdlPvm(void *p, size_t n) { free(p); }
void _ZdaPvm(void *p, size_t n) { free(p); }
void _ZdlPvRKSt9nothrow_t(void *p, const void *nt) { free(p); }
void _ZdaPvRKSt9nothrow_t(void *p, const void *nt) { free(p); }
void _ZdlPvSt11align_val_t(void *p, size_t a) { free(p); }
void _ZdaPvSt11align_val_t(void *p, size_t a) { free(p); }
void _ZdlPvmSt11align_val_t(void *p, size_t n, size_t a) { free(p); }
void _ZdaPvmSt11align_val_t(void *p, size_t n, size_t a) { free(p); }
void _ZdlPvSt11align_val_tRKSt9nothrow_t(void *p, size_t a, const void *nt) { free(p); }
void _ZdaPvSt11align_val_tRKSt9nothrow_t(void *p, size_t a, const void *nt) { free(p); }

/* std::nothrow, an empty object */
const char _ZSt7nothrow = 0;

/* ---- static destructors ----------------------------------------------------
 * g++ registers each static object's destructor with __cxa_atexit as it is
 * constructed; they must run at exit in the reverse order, interleaved with
 * atexit's functions. Each registration takes an atexit slot of its own
 * (run_group pops the newest); once atexit's table is full, later ones join
 * the newest group, which keeps the order (atexit then refuses plain
 * functions too). */

struct dtor {
	void (*fn)(void *);
	void *arg;
};
static struct dtor *dtors;
static size_t ndtors, cap_dtors;
static size_t *groups;   /* entries of each atexit slot, the newest last */
static size_t ngroups, cap_groups;

void *__dso_handle __attribute__((visibility("hidden"))) = &__dso_handle;

static void run_group(void)
{
	if (!ngroups)
		return;
	for (size_t k = groups[--ngroups]; k > 0 && ndtors > 0; k--) {
		struct dtor d = dtors[--ndtors];
		d.fn(d.arg);
	}
}

static int grow(void **p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return 0;
	size_t c = *cap ? 2 * *cap : 32;
	void *q = realloc(*p, c * size);
	if (!q)
		return -1;
	*p = q;
	*cap = c;
	return 0;
}

int __cxa_atexit(void (*fn)(void *), void *arg, void *dso)
{
	(void)dso;
	if (grow((void **)&dtors, &cap_dtors, ndtors, sizeof(*dtors)) < 0 ||
	    grow((void **)&groups, &cap_groups, ngroups, sizeof(*groups)) < 0)
		return -1;
	dtors[ndtors++] = (struct dtor){ fn, arg };
	if (atexit(run_group) == 0)
		groups[ngroups++] = 1;
	else if (ngroups)
		groups[ngroups - 1]++;
	else
		groups[ngroups++] = 1; /* never run: atexit had no room at all */
	return 0;
}

/* ---- function-local statics -------------------------------------------------
 * The guard's first byte says "initialised", its second "being
 * initialised" (one thread: a second entry is the initialiser recursing). */

int __cxa_guard_acquire(uint64_t *g)
{
	uint8_t *b = (uint8_t *)g;
	if (b[0])
		return 0;
	if (b[1])
		die("a function-local static's initialisation re-entered itself\n");
	b[1] = 1;
	return 1;
}

void __cxa_guard_release(uint64_t *g)
{
	uint8_t *b = (uint8_t *)g;
	b[0] = 1;
	b[1] = 0;
}

void __cxa_guard_abort(uint64_t *g)
{
	((uint8_t *)g)[1] = 0;
}

/* ---- virtual calls that cannot be -------------------------------------------- */

__attribute__((noreturn)) void __cxa_pure_virtual(void)
{
	die("pure virtual method called\n");
}

__attribute__((noreturn)) void __cxa_deleted_virtual(void)
{
	die("deleted virtual method called\n");
}

/* ---- thread_local destructors -------------------------------------------------
 * One thread: a thread_local object's destructor runs at exit, as a
 * static one's. */

int __cxa_thread_atexit(void (*fn)(void *), void *arg, void *dso)
{
	return __cxa_atexit(fn, arg, dso);
}

/* ---- what libstdc++'s header-only templates call out of line -------------------
 * hsim-c++ compiles guests against the host's libstdc++ headers
 * (docs/cxx.md) but links no libstdc++ object: the few
 * functions its templates leave to the compiled library are here, with
 * their mangled names, written anew from what they must do. */

/* std::__throw_length_error and the rest: libstdc++'s templates call them
 * where the standard says "throws". Exceptions are off, so the program
 * ends as an uncaught exception ends a native one: the same message on
 * stderr and abort's status, stdout not flushed (glibc's abort does not
 * flush it either). */
__attribute__((noreturn)) static void uncaught(const char *type, const char *what)
{
	static const char head[] = "terminate called after throwing an instance of '";
	hsim_write(2, head, sizeof(head) - 1);
	hsim_write(2, type, strlen(type));
	if (what) {
		hsim_write(2, "'\n  what():  ", 13);
		hsim_write(2, what, strlen(what));
		hsim_write(2, "\n", 1);
	} else {
		hsim_write(2, "'\n", 2);
	}
	hsim_exit(134);
}

#define THROW_MSG(mangled, type) \
	__attribute__((noreturn)) void mangled(const char *what) { uncaught(type, what); }
#define THROW_NOMSG(mangled, type, what) \
	__attribute__((noreturn)) void mangled(void) { uncaught(type, what); }

THROW_MSG(_ZSt19__throw_logic_errorPKc, "std::logic_error")
THROW_MSG(_ZSt20__throw_domain_errorPKc, "std::domain_error")
THROW_MSG(_ZSt24__throw_invalid_argumentPKc, "std::invalid_argument")
THROW_MSG(_ZSt20__throw_length_errorPKc, "std::length_error")
THROW_MSG(_ZSt20__throw_out_of_rangePKc, "std::out_of_range")
THROW_MSG(_ZSt21__throw_runtime_errorPKc, "std::runtime_error")
THROW_MSG(_ZSt19__throw_range_errorPKc, "std::range_error")
THROW_MSG(_ZSt22__throw_overflow_errorPKc, "std::overflow_error")
THROW_MSG(_ZSt23__throw_underflow_errorPKc, "std::underflow_error")
THROW_NOMSG(_ZSt17__throw_bad_allocv, "std::bad_alloc", "std::bad_alloc")
THROW_NOMSG(_ZSt28__throw_bad_array_new_lengthv, "std::bad_array_new_length",
	    "std::bad_array_new_length")
THROW_NOMSG(_ZSt21__throw_bad_exceptionv, "std::bad_exception", "std::bad_exception")
THROW_NOMSG(_ZSt16__throw_bad_castv, "std::bad_cast", "std::bad_cast")
THROW_NOMSG(_ZSt18__throw_bad_typeidv, "std::bad_typeid", "std::bad_typeid")
THROW_NOMSG(_ZSt25__throw_bad_function_callv, "std::bad_function_call", "bad_function_call")
THROW_NOMSG(__cxa_throw_bad_array_new_length, "std::bad_array_new_length",
	    "std::bad_array_new_length")

__attribute__((noreturn)) void _ZSt20__throw_system_errori(int err)
{
	uncaught("std::system_error", strerror(err));
}

/* "vector::_M_range_check: __n (which is %zu) >= this->size() (which is %zu)" */
__attribute__((noreturn)) void _ZSt24__throw_out_of_range_fmtPKcz(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	uncaught("std::out_of_range", buf);
}

/* std::hash<std::string> (and of double, ...): std::_Hash_bytes, the
 * 64-bit Murmur-2 variant libstdc++ uses, so that an unordered
 * container's order is the native one; std::_Fnv_hash_bytes is FNV-1a. */
static uint64_t shift_mix(uint64_t v)
{
	return v ^ (v >> 47);
}

size_t _ZSt11_Hash_bytesPKvmm(const void *ptr, size_t len, size_t seed)
{
	const uint64_t mul = 0xc6a4a7935bd1e995ull;
	const unsigned char *p = ptr;
	uint64_t h = seed ^ (len * mul);
	for (size_t i = 0; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		h ^= shift_mix(w * mul) * mul;
		h *= mul;
	}
	if (len & 7) {
		/* the tail's bytes, the first as the low byte */
		uint64_t w = 0;
		for (size_t k = len & 7; k > 0; k--)
			w = (w << 8) | p[(len & ~(size_t)7) + k - 1];
		h ^= w;
		h *= mul;
	}
	return shift_mix(shift_mix(h) * mul);
}

size_t _ZSt15_Fnv_hash_bytesPKvmm(const void *ptr, size_t len, size_t h)
{
	const signed char *p = ptr; /* each char widened as a signed char */
	for (size_t i = 0; i < len; i++) {
		h ^= (size_t)(long)p[i];
		h *= 1099511628211ull;
	}
	return h;
}

/* std::unordered_*'s bucket counts: std::__detail::_Prime_rehash_policy.
 * The growth is libstdc++'s (a first table of at least 11 elements'
 * worth, then double the buckets when the load factor would pass its
 * maximum), the count the first prime at or above what is wanted. That is
 * libstdc++'s count up to 256 buckets; above it, libstdc++ picks from a
 * sparser table of primes, so a big table's iteration order differs from
 * a native program's (the standard leaves it unspecified). */
struct prime_policy {
	float max_load;
	size_t next_resize;
};

static int is_prime(size_t n)
{
	if (n < 2)
		return 0;
	for (size_t d = 2; d <= n / d; d++)
		if (n % d == 0)
			return 0;
	return 1;
}

size_t _ZNKSt8__detail20_Prime_rehash_policy11_M_next_bktEm(struct prime_policy *pol, size_t n)
{
	if (n == 0)
		return 1; /* a container's first, empty table: next_resize stays 0 */
	size_t p = n < 2 ? 2 : n;
	while (!is_prime(p)) {
		if (p == SIZE_MAX) {
			pol->next_resize = SIZE_MAX;
			return p;
		}
		p++;
	}
	pol->next_resize = (size_t)__builtin_floor((double)p * pol->max_load);
	return p;
}

struct rehash { /* std::pair<bool, std::size_t>, returned in rax:rdx */
	_Bool rehash;
	size_t buckets;
};

struct rehash _ZNKSt8__detail20_Prime_rehash_policy14_M_need_rehashEmmm(struct prime_policy *pol,
	size_t nbkt, size_t nelt, size_t nins)
{
	if (nelt + nins <= pol->next_resize)
		return (struct rehash){ 0, 0 };
	size_t want = nelt + nins;
	if (!pol->next_resize && want < 11)
		want = 11; /* the first table */
	double min_bkts = (double)want / (double)pol->max_load;
	if (min_bkts >= (double)nbkt) {
		size_t a = (size_t)__builtin_floor(min_bkts) + 1, b = nbkt * 2;
		return (struct rehash){ 1, _ZNKSt8__detail20_Prime_rehash_policy11_M_next_bktEm(pol,
									a > b ? a : b) };
	}
	pol->next_resize = (size_t)__builtin_floor((double)nbkt * pol->max_load);
	return (struct rehash){ 0, 0 };
}

/* std::list's links: std::__detail::_List_node_base (a circular list
 * through its header node) */
struct list_node {
	struct list_node *next, *prev;
};

void _ZNSt8__detail15_List_node_base7_M_hookEPS0_(struct list_node *n, struct list_node *pos)
{
	n->next = pos;
	n->prev = pos->prev;
	pos->prev->next = n;
	pos->prev = n;
}

void _ZNSt8__detail15_List_node_base9_M_unhookEv(struct list_node *n)
{
	n->prev->next = n->next;
	n->next->prev = n->prev;
}

/* move [first, last) to before pos */
void _ZNSt8__detail15_List_node_base11_M_transferEPS0_S1_(struct list_node *pos,
	struct list_node *first, struct list_node *last)
{
	if (pos == last)
		return;
	struct list_node *before_pos = pos->prev;
	last->prev->next = pos;
	first->prev->next = last;
	before_pos->next = first;
	pos->prev = last->prev;
	last->prev = first->prev;
	first->prev = before_pos;
}

void _ZNSt8__detail15_List_node_base10_M_reverseEv(struct list_node *head)
{
	struct list_node *n = head;
	do {
		struct list_node *t = n->next;
		n->next = n->prev;
		n->prev = t;
		n = t;
	} while (n != head);
}

/* swap two lists' nodes (either may be empty: its header points at itself) */
void _ZNSt8__detail15_List_node_base4swapERS0_S1_(struct list_node *x, struct list_node *y)
{
	struct list_node tx = *x, ty = *y;
	int ex = tx.next == x, ey = ty.next == y;
	if (ey) {
		x->next = x->prev = x;
	} else {
		*x = ty;
		x->next->prev = x->prev->next = x;
	}
	if (ex) {
		y->next = y->prev = y;
	} else {
		*y = tx;
		y->next->prev = y->prev->next = y;
	}
}

/* std::map, std::set and their multi- kinds: the red-black tree under
 * std::_Rb_tree. A node's links as std::_Rb_tree_node_base has them; the
 * header node (red, so that it is told from the root) holds the root as
 * its parent and the leftmost and rightmost nodes as its children, and is
 * end(). The balancing is the textbook one (Cormen et al., chapter 13),
 * with the node to erase moved out rather than its value (a node holds
 * the user's object). */
enum { RED = 0, BLACK = 1 };
struct rb {
	int color;
	struct rb *parent, *left, *right;
};

struct rb *_ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base(struct rb *x)
{
	if (x->right) {
		for (x = x->right; x->left; x = x->left)
			;
		return x;
	}
	struct rb *y = x->parent;
	while (x == y->right) {
		x = y;
		y = y->parent;
	}
	/* from the rightmost node to the header: the climb ends at the header
	 * whose right (the rightmost) is where it came from */
	return x->right != y ? y : x;
}

struct rb *_ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base(struct rb *x)
{
	if (x->color == RED && x->parent->parent == x)
		return x->right; /* end(): the header, back to the rightmost */
	if (x->left) {
		for (x = x->left; x->right; x = x->right)
			;
		return x;
	}
	struct rb *y = x->parent;
	while (x == y->left) {
		x = y;
		y = y->parent;
	}
	return y;
}

const struct rb *_ZSt18_Rb_tree_incrementPKSt18_Rb_tree_node_base(const struct rb *x)
{
	return _ZSt18_Rb_tree_incrementPSt18_Rb_tree_node_base((struct rb *)x);
}

const struct rb *_ZSt18_Rb_tree_decrementPKSt18_Rb_tree_node_base(const struct rb *x)
{
	return _ZSt18_Rb_tree_decrementPSt18_Rb_tree_node_base((struct rb *)x);
}

/* make x's child c its parent: c takes x's place under x's parent (or as
 * the root) */
static void replace_child(struct rb *x, struct rb *c, struct rb **root)
{
	c->parent = x->parent;
	if (x == *root)
		*root = c;
	else if (x == x->parent->left)
		x->parent->left = c;
	else
		x->parent->right = c;
}

static void rotate_left(struct rb *x, struct rb **root)
{
	struct rb *y = x->right;
	x->right = y->left;
	if (y->left)
		y->left->parent = x;
	replace_child(x, y, root);
	y->left = x;
	x->parent = y;
}

static void rotate_right(struct rb *x, struct rb **root)
{
	struct rb *y = x->left;
	x->left = y->right;
	if (y->right)
		y->right->parent = x;
	replace_child(x, y, root);
	y->right = x;
	x->parent = y;
}

static int is_black(const struct rb *x)
{
	return !x || x->color == BLACK; /* the leaves (null) are black */
}

/* x, new, becomes p's left or right child; then the tree is balanced */
void _ZSt29_Rb_tree_insert_and_rebalancebPSt18_Rb_tree_node_baseS0_RS_(_Bool insert_left,
	struct rb *x, struct rb *p, struct rb *header)
{
	struct rb **root = &header->parent;

	x->parent = p;
	x->left = x->right = NULL;
	x->color = RED;
	if (insert_left) {
		p->left = x; /* also the header's leftmost if the tree was empty */
		if (p == header) {
			header->parent = x;
			header->right = x;
		} else if (p == header->left) {
			header->left = x;
		}
	} else {
		p->right = x;
		if (p == header->right)
			header->right = x;
	}
	/* a red node under a red parent: recolour up, or rotate once or twice */
	while (x != *root && x->parent->color == RED) {
		struct rb *g = x->parent->parent;
		if (x->parent == g->left) {
			struct rb *u = g->right;
			if (!is_black(u)) {
				x->parent->color = u->color = BLACK;
				g->color = RED;
				x = g;
				continue;
			}
			if (x == x->parent->right) {
				x = x->parent;
				rotate_left(x, root);
			}
			x->parent->color = BLACK;
			g->color = RED;
			rotate_right(g, root);
		} else {
			struct rb *u = g->left;
			if (!is_black(u)) {
				x->parent->color = u->color = BLACK;
				g->color = RED;
				x = g;
				continue;
			}
			if (x == x->parent->left) {
				x = x->parent;
				rotate_right(x, root);
			}
			x->parent->color = BLACK;
			g->color = RED;
			rotate_left(g, root);
		}
	}
	(*root)->color = BLACK;
}

static struct rb *minimum(struct rb *x)
{
	while (x->left)
		x = x->left;
	return x;
}

static struct rb *maximum(struct rb *x)
{
	while (x->right)
		x = x->right;
	return x;
}

/* take z out of the tree and balance it; z is returned, for its owner to
 * destroy */
struct rb *_ZSt28_Rb_tree_rebalance_for_erasePSt18_Rb_tree_node_baseRS_(struct rb *z,
	struct rb *header)
{
	struct rb **root = &header->parent;
	struct rb *y = z, *x, *xp; /* x takes the removed place; xp its parent */
	int removed_color;

	if (!z->left || !z->right) {
		/* at most one child: it takes z's place */
		x = z->left ? z->left : z->right;
		xp = z->parent;
		if (x)
			x->parent = z->parent;
		if (z == *root)
			*root = x;
		else if (z == z->parent->left)
			z->parent->left = x;
		else
			z->parent->right = x;
		if (header->left == z)
			header->left = z->right ? minimum(x) : z->parent;
		if (header->right == z)
			header->right = z->left ? maximum(x) : z->parent;
		removed_color = z->color;
	} else {
		/* two children: z's successor y (no left child) takes z's
		 * place and colour; y's right child takes y's place */
		y = minimum(z->right);
		x = y->right;
		z->left->parent = y;
		y->left = z->left;
		if (y != z->right) {
			xp = y->parent;
			if (x)
				x->parent = y->parent;
			y->parent->left = x;
			y->right = z->right;
			z->right->parent = y;
		} else {
			xp = y;
		}
		if (z == *root)
			*root = y;
		else if (z == z->parent->left)
			z->parent->left = y;
		else
			z->parent->right = y;
		y->parent = z->parent;
		removed_color = y->color;
		y->color = z->color;
	}
	if (removed_color == RED)
		return z;
	/* a black node went: x carries an extra black up until it can drop it */
	while (x != *root && is_black(x)) {
		if (x == xp->left) {
			struct rb *w = xp->right;
			if (w->color == RED) {
				w->color = BLACK;
				xp->color = RED;
				rotate_left(xp, root);
				w = xp->right;
			}
			if (is_black(w->left) && is_black(w->right)) {
				w->color = RED;
				x = xp;
				xp = xp->parent;
				continue;
			}
			if (is_black(w->right)) {
				w->left->color = BLACK;
				w->color = RED;
				rotate_right(w, root);
				w = xp->right;
			}
			w->color = xp->color;
			xp->color = BLACK;
			if (w->right)
				w->right->color = BLACK;
			rotate_left(xp, root);
		} else {
			struct rb *w = xp->left;
			if (w->color == RED) {
				w->color = BLACK;
				xp->color = RED;
				rotate_right(xp, root);
				w = xp->left;
			}
			if (is_black(w->left) && is_black(w->right)) {
				w->color = RED;
				x = xp;
				xp = xp->parent;
				continue;
			}
			if (is_black(w->left)) {
				w->right->color = BLACK;
				w->color = RED;
				rotate_left(w, root);
				w = xp->left;
			}
			w->color = xp->color;
			xp->color = BLACK;
			if (w->left)
				w->left->color = BLACK;
			rotate_right(xp, root);
		}
		break;
	}
	if (x)
		x->color = BLACK;
	return z;
}

/* the black nodes from node up to root (libstdc++'s tree checker, __rb_verify) */
unsigned _ZSt20_Rb_tree_black_countPKSt18_Rb_tree_node_baseS1_(const struct rb *node,
	const struct rb *root)
{
	unsigned n = 0;
	for (; node; node = node->parent) {
		n += node->color == BLACK;
		if (node == root)
			break;
	}
	return n;
}

/* std::make_shared's control block asks whether a type_info is its tag's
 * (to find the object from std::get_deleter or its own tag). The library
 * compares it with the tag's real typeid; guests have no RTTI, so no
 * type_info is that one: the header-only code has compared the address
 * of its stand-in already. */
_Bool _ZNSt19_Sp_make_shared_tag5_S_eqERKSt9type_info(const void *ti)
{
	return 0;
}

/* std::placeholders::_1 .. _29 (std::bind): empty objects the compiled
 * library defines; unoptimised code takes their addresses */
#define PLACEHOLDER(n, m) const char _ZNSt12placeholders##m##_##n##E = 0;
PLACEHOLDER(1, 2) PLACEHOLDER(2, 2) PLACEHOLDER(3, 2) PLACEHOLDER(4, 2) PLACEHOLDER(5, 2)
PLACEHOLDER(6, 2) PLACEHOLDER(7, 2) PLACEHOLDER(8, 2) PLACEHOLDER(9, 2) PLACEHOLDER(10, 3)
PLACEHOLDER(11, 3) PLACEHOLDER(12, 3) PLACEHOLDER(13, 3) PLACEHOLDER(14, 3) PLACEHOLDER(15, 3)
PLACEHOLDER(16, 3) PLACEHOLDER(17, 3) PLACEHOLDER(18, 3) PLACEHOLDER(19, 3) PLACEHOLDER(20, 3)
PLACEHOLDER(21, 3) PLACEHOLDER(22, 3) PLACEHOLDER(23, 3) PLACEHOLDER(24, 3) PLACEHOLDER(25, 3)
PLACEHOLDER(26, 3) PLACEHOLDER(27, 3) PLACEHOLDER(28, 3) PLACEHOLDER(29, 3)

/* std::chrono::system_clock::now() and steady_clock::now(): nanoseconds
 * (a time_point is one 64-bit count, returned in rax) of the guest's
 * virtual time, as clock_gettime has it for every clock */
int64_t _ZNSt6chrono3_V212system_clock3nowEv(void)
{
	return (int64_t)hsim_time_ns();
}

int64_t _ZNSt6chrono3_V212steady_clock3nowEv(void)
{
	return (int64_t)hsim_time_ns();
}
