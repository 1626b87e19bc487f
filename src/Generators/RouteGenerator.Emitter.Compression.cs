using System.CodeDom.Compiler;
using System.Globalization;
using MiniHttp.Generators.Model;

namespace MiniHttp.Generators;

public sealed partial class RouteGenerator
{
    internal static partial class Emitter
    {
        /// <summary>
        /// Writes, for a handler that compresses, the call that reads the request's <c>Accept-Encoding</c>: first, so
        /// that it happens while the request's headers are there, even when the response is written after an await.
        /// A handler that does not compress gets nothing, and never reads the field.
        /// </summary>
        private static void WriteEnableCompression(IndentedTextWriter writer, Handler handler)
        {
            if (handler.Compression is not { } compression)
            {
                return;
            }

            writer.WriteLine(compression.MinimumSize is { } minimumSize
                ? $"response.EnableCompression(in request, minimumSize: {minimumSize.ToString(CultureInfo.InvariantCulture)});"
                : "response.EnableCompression(in request);");
        }
    }
}
