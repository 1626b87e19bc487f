using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Parser
    {
        private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

        /// <summary>
        /// The XML doc comment of a symbol, read from the <c>///</c> lines before its declaration rather than through
        /// <see cref="ISymbol.GetDocumentationCommentXml"/>: the compiler parses doc comments only in a project that
        /// generates its documentation file (<c>DocumentationMode</c> Parse or Diagnose), and the document must not
        /// change with that setting. <c>&lt;include&gt;</c> and <c>&lt;inheritdoc&gt;</c> are not followed.
        /// </summary>
        private sealed class DocComment
        {
            private readonly XElement? _root;

            private DocComment(XElement? root, string? error)
            {
                _root = root;
                Error = error;
            }

            /// <summary>Why the comment is not well-formed XML, or null.</summary>
            public string? Error { get; }

            public static DocComment Of(ISymbol symbol, CancellationToken cancellationToken)
            {
                var lines = new List<string>();
                foreach (var reference in symbol.DeclaringSyntaxReferences.Take(1))
                {
                    var syntax = reference.GetSyntax(cancellationToken);
                    var text = string.Concat(syntax.GetLeadingTrivia().Select(static trivia => trivia.ToFullString()));
                    foreach (var line in text.Split('\n'))
                    {
                        var trimmed = line.Trim();
                        if (trimmed.StartsWith("///", System.StringComparison.Ordinal))
                        {
                            lines.Add(trimmed.Substring(3));
                        }
                    }
                }

                if (lines.Count == 0)
                {
                    return new DocComment(null, null);
                }

                try
                {
                    return new DocComment(XElement.Parse("<doc>" + string.Join("\n", lines) + "</doc>", LoadOptions.None), null);
                }
                catch (XmlException e)
                {
                    return new DocComment(null, e.Message);
                }
            }

            public string? Summary => Text(_root?.Element("summary"));

            public string? Remarks => Text(_root?.Element("remarks"));

            public string? Returns => Text(_root?.Element("returns"));

            /// <summary>The text of <c>&lt;param name="..."&gt;</c>, or null.</summary>
            public string? Parameter(string name) =>
                Text(_root?.Elements("param").FirstOrDefault(element => (string?)element.Attribute("name") == name));

            /// <summary>
            /// An element's text as CommonMark, as OpenAPI descriptions are: whitespace runs made one space, paragraphs
            /// (<c>&lt;para&gt;</c>) apart by a blank line, <c>&lt;c&gt;</c> as code, and references by their names.
            /// </summary>
            private static string? Text(XElement? element)
            {
                if (element is null)
                {
                    return null;
                }

                var text = new StringBuilder();
                Append(text, element);
                var paragraphs = text.ToString()
                    .Split('\u2029')
                    .Select(static paragraph => Whitespace.Replace(paragraph, " ").Trim())
                    .Where(static paragraph => paragraph.Length > 0);
                var joined = string.Join("\n\n", paragraphs);
                return joined.Length == 0 ? null : joined;
            }

            private static void Append(StringBuilder text, XElement element)
            {
                foreach (var node in element.Nodes())
                {
                    switch (node)
                    {
                        case XText content:
                            text.Append(content.Value);
                            break;
                        case XElement { Name.LocalName: "para" } paragraph:
                            text.Append('\u2029');
                            Append(text, paragraph);
                            text.Append('\u2029');
                            break;
                        case XElement { Name.LocalName: "c" or "code" } code:
                            text.Append('`').Append(code.Value.Trim()).Append('`');
                            break;
                        case XElement { Name.LocalName: "see" or "seealso" } reference:
                            text.Append(ReferenceText(reference));
                            break;
                        case XElement { Name.LocalName: "paramref" or "typeparamref" } parameter:
                            text.Append('`').Append((string?)parameter.Attribute("name")).Append('`');
                            break;
                        case XElement other:
                            Append(text, other);
                            break;
                    }
                }
            }

            /// <summary>What a <c>&lt;see&gt;</c> reads as: its own text, else the last part of its <c>cref</c>, its <c>langword</c> or its <c>href</c>.</summary>
            private static string ReferenceText(XElement reference)
            {
                if (reference.Value.Trim() is { Length: > 0 } own)
                {
                    return own;
                }

                if ((string?)reference.Attribute("cref") is { } cref)
                {
                    var name = cref.Contains(':') ? cref.Substring(cref.IndexOf(':') + 1) : cref;
                    var parenthesis = name.IndexOf('(');
                    name = parenthesis >= 0 ? name.Substring(0, parenthesis) : name;
                    return "`" + name.Substring(name.LastIndexOf('.') + 1) + "`";
                }

                return (string?)reference.Attribute("langword") is { } word ? "`" + word + "`" : (string?)reference.Attribute("href") ?? string.Empty;
            }
        }
    }
}
