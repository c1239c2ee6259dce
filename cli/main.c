/* Placeholder CLI until the foundation CLI lands. */
#include <stdio.h>
#include "orgraph.h"
int main(void) { puts("orgraph " OG_VERSION_STRING); return 0; }
