using System;
using System.ComponentModel;

namespace MiniHttp.Binding;

/// <summary>
/// Parses a value of <typeparamref name="T"/> from bytes that need no more decoding. Generated code implements it
/// for each enum a handler takes, so <see cref="QueryString"/> and <see cref="RouteValues"/> can decode a value first
/// and then parse it, with no delegate and no allocation: the parser is a struct, for which the JIT specialises.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IArgumentParser<T>
{
    static abstract bool TryParse(ReadOnlySpan<byte> utf8, out T value);
}
