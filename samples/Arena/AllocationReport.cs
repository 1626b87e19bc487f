using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Arena;

/// <summary>
/// Prints the bytes allocated so far by the whole process each time it receives SIGUSR1, so the load benchmark can
/// sample the count around a measured window and divide by the requests in it. Off unless asked for.
/// </summary>
internal sealed class AllocationReport : IDisposable
{
    // .NET names only the portable signals; raw Linux numbers are accepted by casting.
    private const PosixSignal SigUsr1 = (PosixSignal)10;

    private readonly PosixSignalRegistration _registration;

    public AllocationReport() => _registration = PosixSignalRegistration.Create(SigUsr1, OnSignal);

    public void Dispose() => _registration.Dispose();

    private static void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        // Precise, so the count covers every thread's allocation context up to now.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated-bytes {GC.GetTotalAllocatedBytes(precise: true)}"));
    }
}
