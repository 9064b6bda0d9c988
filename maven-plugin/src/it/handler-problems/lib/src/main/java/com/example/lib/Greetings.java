package com.example.lib;

import dev.switchboard.LambdaHandler;

public class Greetings {
  @LambdaHandler("greet")
  public String greet(String name) {
    return "Hello " + name + " from lib";
  }
}
