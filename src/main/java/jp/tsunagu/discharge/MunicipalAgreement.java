package jp.tsunagu.discharge;

/** The home municipality's answer to the adviser's selection (UserTask_MunicipalityAgreesSelection). */
public enum MunicipalAgreement {
    AGREED,
    /** The municipality asks the adviser to choose again (the reason is kept). */
    RECONSIDER
}
