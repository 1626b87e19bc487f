using System.IO;
using MiniHttp.Fuzz;
using SharpFuzz;

// afl-fuzz starts this once and feeds it inputs through SharpFuzz's forkserver protocol; an exception escaping the
// check (or a hang) is what afl records as a finding.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var input = new MemoryStream();
    stream.CopyTo(input);
    SegmentationCheck.Run(input.ToArray());
});
