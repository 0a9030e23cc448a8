namespace LearningSociety.Infrastructure.Importing;

/// <summary>Limits on uploaded plan files and the OCR of scans ("Import" in the configuration).</summary>
public sealed class PlanImportOptions
{
    public const string Section = "Import";

    public const long DefaultMaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Largest file accepted, in bytes (10 MB by default).</summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;

    /// <summary>Most pages of a PDF read (200 by default): a plan with its annexes is well under. Scans too.</summary>
    public int MaxPdfPages { get; set; } = 200;

    /// <summary>The OCR program (Debian: tesseract-ocr with tesseract-ocr-vie). A bare name is looked up on the PATH.</summary>
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>Renders the pages of a scanned PDF to images (Debian: poppler-utils).</summary>
    public string PdftoppmPath { get; set; } = "pdftoppm";

    /// <summary>Resolution a scanned PDF's pages are rendered at for the OCR (150–300).</summary>
    public int OcrDpi { get; set; } = 200;

    /// <summary>Most pixels of an uploaded image, or of a rendered page (A4 at 600 dpi is 35 million).</summary>
    public long MaxImagePixels { get; set; } = 36_000_000;

    /// <summary>Time one page may take to render or to recognise; the program is killed after it.</summary>
    public TimeSpan OcrPageTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Time a whole scan may take; the job stops (and says so) after it.</summary>
    public TimeSpan OcrTotalTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Where page images of OCR jobs are kept, relative to the content root; outside the web root.</summary>
    public string OcrFolder { get; set; } = Path.Combine("App_Data", "ocr");

    /// <summary>How long a job's page images and text are kept for its review.</summary>
    public TimeSpan OcrRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Disk the page images of all jobs may take; the oldest jobs' images are deleted beyond it.</summary>
    public long OcrStorageBytes { get; set; } = 1024L * 1024 * 1024;
}
