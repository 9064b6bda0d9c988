/** Benchmarks of Switchboard, each printing its figures beside a reference measured in the same run. */
package dev.switchboard.benchmarks;
