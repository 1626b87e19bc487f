using System;
using System.Collections.Generic;

namespace MiniHttp.Fuzz;

/// <summary>Where an input is cut into receives: ascending ends of each receive, the last one the input's length.</summary>
internal static class SplitPoints
{
    public static int[] Every(int length, int step)
    {
        var ends = new List<int>();
        for (var end = Math.Min(step, length); end < length; end += step)
        {
            ends.Add(end);
        }

        ends.Add(length);
        return [.. ends];
    }

    /// <summary>
    /// Cuts derived from the input's own bytes, so the fuzzer's mutations also explore the split points, and every
    /// run of the same input splits it the same way.
    /// </summary>
    public static int[] ChosenBy(byte[] input)
    {
        var ends = new List<int>();
        var end = 0;
        foreach (var b in input)
        {
            end += 1 + (b % 13);
            if (end >= input.Length)
            {
                break;
            }

            ends.Add(end);
        }

        ends.Add(input.Length);
        return [.. ends];
    }
}
