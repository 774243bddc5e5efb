import Foundation

#if KSITE_LIBFUZZER
/// libFuzzer's entry point: called once per input (see README, "Fuzzing").
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    FuzzInput.run(data)
    return 0
}

/// The program's `main` in a debug build, where SwiftPM links executables with
/// `--defsym main=KsiteFuzz_main`, which hides libFuzzer's own `main`: start its driver here.
@_cdecl("KsiteFuzz_main")
public func fuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    var count = argc
    var arguments = argv
    return runLibFuzzer(&count, &arguments, fuzzTestOneInput)
}

/// `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*)(const uint8_t *, size_t))`,
/// from libFuzzer. Declared without a C header because this target has none; its
/// arguments are three pointers, which Swift passes as C does.
@_silgen_name("LLVMFuzzerRunDriver")
func runLibFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#else
/// Without libFuzzer: runs the fuzz checks once over each file named on the command line,
/// to replay a finding in an ordinary build (`swift run KsiteFuzz crash-…`).
@main
struct FuzzReplay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            FuzzInput.run(try Data(contentsOf: URL(fileURLWithPath: path)))
            print("ok \(path)")
        }
    }
}
#endif
