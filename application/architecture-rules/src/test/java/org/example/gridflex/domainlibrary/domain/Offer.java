package org.example.gridflex.domainlibrary.domain;

import com.tngtech.archunit.base.DescribedPredicate;

/** Breaks core_depends_only_on_the_jdk_and_model_libraries. */
public record Offer(DescribedPredicate<Object> accepts) {
}
