/*
 * exit.h - the orgraph CLI's exit codes (SPEC §2).
 *
 * Every function below main() returns one of these; only main() returns it to
 * the shell. Nothing in the CLI calls exit().
 */
#ifndef OG_CLI_EXIT_H
#define OG_CLI_EXIT_H

#define OG_EXIT_OK 0       /* done, possibly with warnings */
#define OG_EXIT_INPUT 1    /* bad input or bad usage */
#define OG_EXIT_INTERNAL 2 /* internal error or out of memory */

#endif
