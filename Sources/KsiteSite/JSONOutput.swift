import Foundation

/// The text written so far, shared by the writers of one encoding and handed on whenever it
/// reaches the piece size.
///
/// Every access to `text`, a class property, costs a dynamic exclusivity check, so writers
/// make few and large ones: `write` hands them the text for as much syntax as they have ready
/// (an object's run of scalar members in one go), rather than a call per token.
final class JSONOutput {
    private(set) var text: JSONText
    /// Shared with the outputs of nested containers.
    let keyOrders: JSONKeyOrders
    private let pieceSize: Int
    private let emit: ([UInt8]) -> Void

    init(
        isPrettyPrinted: Bool, keyOrders: JSONKeyOrders, pieceSize: Int,
        emit: @escaping ([UInt8]) -> Void
    ) {
        text = JSONText(isPrettyPrinted: isPrettyPrinted)
        self.keyOrders = keyOrders
        self.pieceSize = pieceSize
        self.emit = emit
    }

    /// An output for a nested container, kept whole until its object places it.
    func makeNested() -> JSONOutput {
        JSONOutput(
            isPrettyPrinted: text.isPrettyPrinted, keyOrders: keyOrders, pieceSize: .max, emit: { _ in })
    }

    /// Lets `body` write to the text; it must not reach this output any other way meanwhile.
    func write(_ body: (inout JSONText) -> Void) {
        body(&text)
    }

    func flushIfFull() {
        if text.bytes.count >= pieceSize { flush() }
    }

    func flush() {
        guard !text.bytes.isEmpty else { return }
        emit(text.bytes)
        text.removeAll()
    }
}
