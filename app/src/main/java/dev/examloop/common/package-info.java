/**
 * Small shared types every module may use: {@link dev.examloop.common.ClientProblem}, the one way a module
 * says that a request was wrong (answered as a 4xx with a JSON body), and id generation.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.examloop.common;
