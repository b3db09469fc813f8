package jp.tsunagu.advice;

import java.time.LocalDate;

/** A consultation as checked from the form, before its municipality and case are looked up. */
record NewAdvice(LocalDate date, AdviceChannel channel, AskerKind askerKind, String municipalityCode, String caseId,
        Integer minutes, String gist) {
}
