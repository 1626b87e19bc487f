using System;
using System.IO;
using MiniHttp.Fuzz;
using SharpFuzz;

// afl-fuzz starts this once and feeds it inputs through SharpFuzz's forkserver protocol; an exception escaping the
// check (or a hang) is what afl records as a finding. The first argument names the target: the request reader
// (the default) or the WebSocket frame parser ("frames").
Action<byte[]> check = args is ["frames", ..] ? FrameSegmentationCheck.Run : SegmentationCheck.Run;
Fuzzer.OutOfProcess.Run(stream =>
{
    using var input = new MemoryStream();
    stream.CopyTo(input);
    check(input.ToArray());
});
