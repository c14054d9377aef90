/* Names of x86 things reports need at every layer above the CPU. */
#include <hsim/machine.h>

static const char *const exception_names[32] = {
	"#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM",
	"#DF", "#CSO", "#TS", "#NP", "#SS", "#GP", "#PF", "#15",
	"#MF", "#AC", "#MC", "#XM", "#VE", "#CP", "#22", "#23",
	"#24", "#25", "#26", "#27", "#HV", "#VC", "#SX", "#31",
};

const char *hsim_exception_name(unsigned vector)
{
	return vector < 32 ? exception_names[vector] : "#??";
}
