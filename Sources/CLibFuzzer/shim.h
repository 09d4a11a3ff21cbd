// libFuzzer's entry for programs with a main of their own (compiler-rt's FuzzerInterface.h). Only
// fuzz builds (`make fuzz`) call it, and they link libclang_rt.fuzzer_no_main from the toolchain.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
