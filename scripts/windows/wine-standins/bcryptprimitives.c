/* A stand-in for Windows 10/11's bcryptprimitives.dll, for testing under Wine only (never shipped):
 * ProcessPrng, which the cryptography package's Rust code calls for random bytes, from Wine's
 * RtlGenRandom (advapi32's SystemFunction036), the system's own random generator. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
