/** Care tasks (zorghandelingen), their kinds under the BIG act, and the agreements made about them. */
package nl.sofa.task;
