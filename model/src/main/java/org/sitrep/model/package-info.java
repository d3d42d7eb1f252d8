/**
 * The vocabulary of sitrep: immutable records and enums shared by every module. No dependencies
 * beyond the JDK; every record validates itself in its constructor.
 */
package org.sitrep.model;
