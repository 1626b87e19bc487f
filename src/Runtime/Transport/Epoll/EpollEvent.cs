using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MiniHttp.Transport.Epoll;

/// <summary>
/// <c>struct epoll_event</c>: 32 bits of events and 64 bits of data, packed to 12 bytes on x86-64 (the kernel's ABI there)
/// and aligned to 16 elsewhere, so it is read and written by offset rather than declared as one struct.
/// </summary>
internal static unsafe class EpollEvent
{
    public static readonly int Size = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 12 : 16;
    private static readonly int s_dataOffset = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 4 : 8;

    public static void Write(byte* at, uint events, ulong data)
    {
        Unsafe.WriteUnaligned(at, events);
        Unsafe.WriteUnaligned(at + s_dataOffset, data);
    }

    public static uint Events(byte* at) => Unsafe.ReadUnaligned<uint>(at);

    public static ulong Data(byte* at) => Unsafe.ReadUnaligned<ulong>(at + s_dataOffset);
}
