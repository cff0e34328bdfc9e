package be.openpas.card;

/** A physical NFC card (also key fobs and stickers) or a digital card in an app. */
public enum CardType {
    NFC_CARD,
    DIGITAL
}
