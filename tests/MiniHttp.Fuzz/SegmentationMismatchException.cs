using System;

namespace MiniHttp.Fuzz;

/// <summary>The request reader's result depended on where the input was split: a resumption bug.</summary>
public sealed class SegmentationMismatchException : Exception
{
    public SegmentationMismatchException()
    {
    }

    public SegmentationMismatchException(string message)
        : base(message)
    {
    }

    public SegmentationMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
