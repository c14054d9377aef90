/* What a machine's guests may read: their stdin and the host files handed
 * to them by name. The host files are opened when they are given (errors
 * come early and name the file); the VMs read them with pread at their own
 * offsets, so that several VMs read one file independently. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <hsim/error.h>
#include <hsim/machine.h>
#include "monitor.h"

void machine_inputs_init(struct hsim_machine *m)
{
	memset(&m->inputs, 0, sizeof(m->inputs));
	m->inputs.stdin_src = -1;
	m->inputs.tty[1] = m->inputs.tty[2] = m->cfg.console_tty != 0;
}

void machine_inputs_free(struct hsim_machine *m)
{
	for (unsigned i = 0; i < m->inputs.n; i++) {
		if (!m->inputs.src[i].stream)
			close(m->inputs.src[i].fd);
		free(m->inputs.src[i].name);
	}
	free(m->inputs.src);
	m->inputs.src = NULL;
	m->inputs.n = 0;
}

static int add_source(struct hsim_machine *m, const char *name, const char *path)
{
	struct platform_source s = { NULL, -1, 0, false };
	struct stat sb;

	if (!strcmp(path, "-") && !name) {
		s.fd = STDIN_FILENO;
		s.stream = true;
		m->inputs.tty[0] = isatty(STDIN_FILENO) == 1;
	} else {
		/* O_NONBLOCK: a FIFO given by mistake must not wait for a writer */
		if ((s.fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0)
			return -errno;
		if (fstat(s.fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
			close(s.fd);
			return -EINVAL;
		}
		s.size = (uint64_t)sb.st_size;
	}
	if (name && !(s.name = strdup(name))) {
		if (!s.stream)
			close(s.fd);
		return -ENOMEM;
	}
	struct platform_source *a = realloc(m->inputs.src, (m->inputs.n + 1) * sizeof(*a));
	if (!a) {
		if (!s.stream)
			close(s.fd);
		free(s.name);
		return -ENOMEM;
	}
	m->inputs.src = a;
	a[m->inputs.n] = s;
	return (int)m->inputs.n++;
}

int hsim_machine_set_stdin(struct hsim_machine *m, const char *path)
{
	if (!m || !path || m->ran || m->inputs.stdin_src >= 0)
		return HSIM_E_INVAL;
	int r = add_source(m, NULL, path);
	if (r >= 0)
		m->inputs.stdin_src = r;
	return r < 0 ? r : 0;
}

int hsim_machine_add_file(struct hsim_machine *m, const char *name, const char *path)
{
	if (!m || !name || !path || m->ran || !*name || strlen(name) > 255)
		return HSIM_E_INVAL;
	for (unsigned i = 0; i < m->inputs.n; i++)
		if (m->inputs.src[i].name && !strcmp(m->inputs.src[i].name, name))
			return -EEXIST;
	int r = add_source(m, name, path);
	return r < 0 ? r : 0;
}
