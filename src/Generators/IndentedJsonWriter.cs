using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MiniHttp.Generators;

/// <summary>
/// Writes JSON indented by two spaces, one member or element a line, as the generator emits documents: the generator
/// runs on netstandard2.0 inside the compiler, where System.Text.Json's writer is not a dependency it may bring.
/// </summary>
internal sealed class IndentedJsonWriter
{
    private readonly StringBuilder _text = new();

    // Per open object or array: whether it has a member or element yet, which decides the comma before the next one.
    private readonly Stack<bool> _hasContent = new();

    public void StartObject(string? name = null) => Start(name, '{');

    public void EndObject() => End('}');

    public void StartArray(string? name = null) => Start(name, '[');

    public void EndArray() => End(']');

    public void String(string? name, string value)
    {
        StartValue(name);
        WriteString(value);
    }

    public void Boolean(string? name, bool value)
    {
        StartValue(name);
        _text.Append(value ? "true" : "false");
    }

    public override string ToString() => _text.ToString();

    private void Start(string? name, char bracket)
    {
        StartValue(name);
        _text.Append(bracket);
        _hasContent.Push(false);
    }

    private void End(char bracket)
    {
        if (_hasContent.Pop())
        {
            _text.Append('\n');
            Indent();
        }

        _text.Append(bracket);
    }

    private void StartValue(string? name)
    {
        if (_hasContent.Count > 0)
        {
            if (_hasContent.Pop())
            {
                _text.Append(',');
            }

            _hasContent.Push(true);
            _text.Append('\n');
            Indent();
        }

        if (name is not null)
        {
            WriteString(name);
            _text.Append(": ");
        }
    }

    private void Indent() => _text.Append(' ', _hasContent.Count * 2);

    /// <summary>A JSON string (RFC 8259, section 7): quotes, backslashes and control characters escaped, the rest as it is.</summary>
    private void WriteString(string value)
    {
        _text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    _text.Append("\\\"");
                    break;
                case '\\':
                    _text.Append("\\\\");
                    break;
                case '\n':
                    _text.Append("\\n");
                    break;
                case '\r':
                    _text.Append("\\r");
                    break;
                case '\t':
                    _text.Append("\\t");
                    break;
                case < ' ':
                    _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    _text.Append(c);
                    break;
            }
        }

        _text.Append('"');
    }
}
