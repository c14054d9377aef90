/* selftest.h - the C-level self-tests main() runs before the scripts. */
#ifndef BIGPROG_SELFTEST_H
#define BIGPROG_SELFTEST_H

/* Each prints its results and returns the number of failed checks. */
int test_checksums(void);
int test_words(void);
int test_compression(void);
int test_formatting(void);

#endif
