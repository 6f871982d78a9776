package io.gridflex.application.page;

public enum SortDirection { ASC, DESC }
