using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Arena.Database;
using BenchmarkDotNet.Attributes;
using Fluid;

namespace MiniHttp.Benchmarks.Templates;

/// <summary>
/// The fortunes page (201 rows of the test seed's shape, each with characters to escape) rendered to UTF-8 bytes by
/// each candidate: what a request pays for the page once its rows are read and sorted.
/// </summary>
[MemoryDiagnoser]
public class FortunesRendering
{
    private const string LiquidTemplate =
        "<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>"
        + "{% for fortune in fortunes %}<tr><td>{{ fortune.Id }}</td><td>{{ fortune.Message }}</td></tr>{% endfor %}</table></body></html>";

    private readonly List<Fortune> _fortunes = Rows();
    private readonly DiscardingPipeWriter _output = new();
    private IFluidTemplate _liquid = null!;
    private TemplateOptions _liquidOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Reflection-free member access, as Native AOT would need it.
        _liquidOptions = new TemplateOptionsBuilder()
            .ConfigureMemberAccess(access =>
            {
                access.Register<Fortune, int>("Id", fortune => fortune.Id);
                access.Register<Fortune, string>("Message", fortune => fortune.Message);
            })
            .Build();
        _liquid = new FluidParser().Parse(LiquidTemplate);
    }

    [Benchmark(Baseline = true)]
    public int EscapingWriter() => FortunesPage.Render(_fortunes).StatusCode;

    [Benchmark]
    public int Fluid()
    {
        var context = new TemplateContext(new { fortunes = _fortunes }, _liquidOptions);
        return Encoding.UTF8.GetByteCount(_liquid.Render(context, System.Text.Encodings.Web.HtmlEncoder.Default));
    }

    [Benchmark]
    public async Task RazorSlices() => await Slices.Fortunes.Create(_fortunes).RenderAsync(_output);

    private static List<Fortune> Rows() =>
        [.. Enumerable.Range(1, 200).Select(i => new Fortune(i, $"Bread & butter #{i}: a penny saved & \"measure twice, cut once\" — it's <free> advice, they say"))
            .Append(new Fortune(0, "Additional fortune added at request time."))
            .OrderBy(f => f.Message, System.StringComparer.Ordinal)];
}
