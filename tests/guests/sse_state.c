/* SSE state kept live in xmm registers across a loop that executes cpuid
 * every few hundred instructions. With an event list making cpuid `complex
 * simulate`, each cpuid moves the whole CPU state (xmm0-15, MXCSR included)
 * out of KVM into the simulator and back: any register lost or altered on
 * the way changes the checksum. The loop runs with MXCSR set to round toward
 * zero, so a lost MXCSR shows too. The results are printed bit for bit. */
#include <emmintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define CPUIDS 10500
#define INNER 16

static uint32_t cpuid_eax(uint32_t leaf)
{
	uint32_t a, b, c, d;
	__asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(leaf), "c"(0));
	return a ^ b ^ c ^ d;
}

static uint64_t dbits(double d)
{
	uint64_t u;
	memcpy(&u, &d, sizeof(u));
	return u;
}

static uint32_t fbits(float f)
{
	uint32_t u;
	memcpy(&u, &f, sizeof(u));
	return u;
}

int main(void)
{
	static const uint32_t leaves[4] = { 0, 1, 0x80000000u, 0x80000001u };
	double acc = 1.0, acc2 = 0.125;
	float facc = 1.0f, facc2 = 3.0f;
	__m128d dv = _mm_set_pd(1.5, -2.25), dw = _mm_set_pd(0.1, 0.2);
	__m128d dk = _mm_set_pd(0.75, 0.625), dc = _mm_set_pd(0.3, -0.7);
	__m128 fv = _mm_set_ps(1.0f, 2.0f, 3.0f, 4.0f), fk = _mm_set1_ps(0.875f);
	__m128i iv = _mm_set_epi32(1, 2, 3, 4), jv = _mm_set_epi32(0x1234, 0x5678, 0x9abc, 0xdef0);
	__m128i one = _mm_set1_epi32(1);
	uint32_t csr = _mm_getcsr(), mix = 0;
	uint32_t out[4], jout[4];
	double dout[2], wout[2];
	float fout[4];
	int i, j;

	_mm_setcsr((csr & ~0x6000u) | 0x6000u); /* round toward zero */
	for (i = 0; i < CPUIDS; i++) {
		for (j = 0; j < INNER; j++) {
			acc = acc * 1.00000003 + (double)j * 1e-9;
			acc2 = acc2 / 1.0000001 + 1e-7;
			facc = facc * 0.9995f + 0.37f;
			facc2 = facc2 * 0.99f + facc * 1e-3f;
			dv = _mm_add_pd(_mm_mul_pd(dv, dk), dc);
			dw = _mm_sqrt_pd(_mm_add_pd(_mm_mul_pd(dw, dw), dk));
			fv = _mm_add_ps(_mm_mul_ps(fv, fk), _mm_set1_ps(0.1f));
			iv = _mm_add_epi32(_mm_xor_si128(iv, _mm_slli_epi32(iv, 3)), one);
			jv = _mm_sub_epi16(_mm_shuffle_epi32(jv, 0x39), iv);
		}
		mix = mix * 33 + cpuid_eax(leaves[i & 3]);
		iv = _mm_xor_si128(iv, _mm_cvtsi32_si128((int)mix));
		acc += (double)(mix & 0xff) * 1e-12;
	}
	_mm_setcsr(csr);

	_mm_storeu_si128((__m128i *)out, iv);
	_mm_storeu_si128((__m128i *)jout, jv);
	_mm_storeu_pd(dout, dv);
	_mm_storeu_pd(wout, dw);
	_mm_storeu_ps(fout, fv);
	printf("sse_state: %d cpuid, %d inner steps each\n", CPUIDS, INNER);
	printf("acc 0x%016llx acc2 0x%016llx\n", (unsigned long long)dbits(acc),
	       (unsigned long long)dbits(acc2));
	printf("facc 0x%08x facc2 0x%08x\n", fbits(facc), fbits(facc2));
	printf("dv 0x%016llx 0x%016llx dw 0x%016llx 0x%016llx\n", (unsigned long long)dbits(dout[0]),
	       (unsigned long long)dbits(dout[1]), (unsigned long long)dbits(wout[0]),
	       (unsigned long long)dbits(wout[1]));
	printf("fv 0x%08x 0x%08x 0x%08x 0x%08x\n", fbits(fout[0]), fbits(fout[1]), fbits(fout[2]),
	       fbits(fout[3]));
	printf("iv 0x%08x 0x%08x 0x%08x 0x%08x\n", out[0], out[1], out[2], out[3]);
	printf("jv 0x%08x 0x%08x 0x%08x 0x%08x\n", jout[0], jout[1], jout[2], jout[3]);
	printf("mix 0x%08x mxcsr 0x%08x\n", mix, _mm_getcsr());
	printf("acc %.12f facc %.6f\n", acc, (double)facc);
	return 0;
}
