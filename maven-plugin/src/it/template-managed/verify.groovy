String text = new File(basedir, 'template.yaml').text
assert text == '''AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Lambda functions written by switchboard:template from the handlers' annotations
Resources:
  HelloFunction:
    Type: AWS::Serverless::Function
    Metadata: {Tool: Switchboard}
    Properties:
      Handler: hello
      Runtime: java21
      CodeUri: target/managed-1.0-lambda.zip
      Architectures:
        - x86_64
      MemorySize: 256
      Timeout: 5
      Environment:
        Variables:
          AWS_LAMBDA_EXEC_WRAPPER: /var/task/switchboard-wrapper
      Events:
        HttpApi:
          Type: HttpApi
          Properties:
            Method: GET
            Path: /hello
''' : text
Process lint = new ProcessBuilder('cfn-lint', 'template.yaml').directory(basedir).redirectErrorStream(true).start()
String lintOutput = lint.inputStream.text
assert lint.waitFor() == 0 : "cfn-lint: " + lintOutput
return true
