package be.openpas.passholder;

public enum Gender {
    MALE,
    FEMALE,
    X
}
