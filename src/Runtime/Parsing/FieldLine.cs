namespace MiniHttp.Parsing;

/// <summary>Where the parts of one parsed field line lie, as offsets from the start of the line.</summary>
/// <param name="Length">The length of the line, CRLF included.</param>
/// <param name="NameLength">The field name is the first <paramref name="NameLength"/> bytes; 0 for the empty line that ends a section.</param>
/// <param name="ValueStart">Where the value starts, leading whitespace skipped.</param>
/// <param name="ValueLength">The length of the value, trailing whitespace dropped.</param>
internal readonly record struct FieldLine(int Length, int NameLength, int ValueStart, int ValueLength)
{
    /// <summary>The bare CRLF that ends a header or trailer section.</summary>
    public static FieldLine EndOfSection => new(2, 0, 0, 0);

    public bool IsEndOfSection => NameLength == 0;
}
